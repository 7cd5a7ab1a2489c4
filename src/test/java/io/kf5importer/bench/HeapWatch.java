package io.kf5importer.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap a piece of work needs, seen two ways: the peak the heap pools reached ({@link MemoryPoolMXBean} peak
 * usage, garbage included, so it grows towards {@code -Xmx} with any allocation-heavy work), and the most the heap
 * held right after a collection (the live set plus what the collector chose to keep, from the collector's
 * notifications): the second is what must fit in the heap, and what must stay flat as files grow.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong maxAfterCollection = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            maxAfterCollection.accumulateAndGet(heapOnly(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            collections.incrementAndGet();
        }
    };

    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
    }

    /** The sum of the heap pools' peaks since this watch started, in bytes: an upper bound of the peak heap. */
    long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The most the heap held right after any collection since this watch started, in bytes. */
    long maxAfterCollection() {
        return maxAfterCollection.get();
    }

    long collections() {
        return collections.get();
    }

    private static long heapOnly(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && usage != null) {
                sum += usage.getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException alreadyGone) {
                // Nothing to remove.
            }
        }
    }
}
