package io.kf5importer.bench;

import io.kf5importer.mapping.MappedRow;
import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * One read + map measurement, in a JVM of its own (the harness gives it {@code -Xmx256m}): reads and maps the first
 * rows of the file once to warm the JIT up, then reads and maps the whole file on one thread, the way the import
 * step does (one reader, {@link TicketMapper} per row). Writes rows per second and the heap it needed.
 *
 * <p>Arguments: {@code <source file> <mapping.yml> <warm-up rows> <result.properties>}; a mapping {@code -} reads
 * without mapping, to tell the reader's share from the mapper's.
 */
public final class ReadAndMapRun {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps the mapped tickets observable, so that the JIT cannot drop the mapping. */
    private static long checksum;

    private ReadAndMapRun() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        TicketMapper mapper = "-".equals(args[1]) ? null
                : new TicketMapper(MappingConfig.load(Path.of(args[1])), source);
        long warmUpRows = Long.parseLong(args[2]);
        Map<String, Object> result = new TreeMap<>();

        readAndMap(source, mapper, warmUpRows, null);
        try (HeapWatch heap = new HeapWatch()) {
            Pass pass = readAndMap(source, mapper, Long.MAX_VALUE, heap);
            result.put("rows", pass.rows);
            result.put("good", pass.good);
            result.put("seconds", pass.nanos / 1e9);
            result.put("rowsPerSecond", Math.round(pass.rows / (pass.nanos / 1e9)));
            result.put("cpuSeconds", pass.cpuNanos / 1e9);
            result.put("rowsPerCpuSecond", Math.round(pass.rows / (pass.cpuNanos / 1e9)));
            result.put("peakUsedMb", mb(heap.peakUsed()));
            result.put("maxAfterCollectionMb", mb(heap.maxAfterCollection()));
            result.put("liveMidwayMb", mb(pass.liveMidway));
            result.put("collections", heap.collections());
        }
        result.put("maxHeapMb", mb(Runtime.getRuntime().maxMemory()));
        result.put("checksum", checksum);
        BenchResults.write(Path.of(args[3]), result);
    }

    private static Pass readAndMap(Path source, TicketMapper mapper, long limit, HeapWatch heap) {
        Pass pass = new Pass();
        long midway = heap == null ? -1 : rowsOf(source) / 2;
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        try (SourceReader reader = SourceReaders.open(source, SourceOptions.defaults())) {
            for (SourceRecord record = reader.read(); record != null && pass.rows < limit; record = reader.read()) {
                pass.rows++;
                if (mapper == null) {
                    pass.good++;
                    checksum += ((SourceRow) record).values().size();
                } else {
                    MappedRow row = mapper.map((SourceRow) record);
                    if (!row.isRejected()) {
                        pass.good++;
                        checksum += row.ticket().title().length();
                    }
                }
                if (pass.rows == midway) {
                    // The full collection that measures the live heap is no part of reading: leave it out.
                    long wallBefore = System.nanoTime();
                    long cpuBefore = THREADS.getCurrentThreadCpuTime();
                    pass.measureLiveHeap();
                    start += System.nanoTime() - wallBefore;
                    cpuStart += THREADS.getCurrentThreadCpuTime() - cpuBefore;
                }
            }
        }
        pass.nanos = System.nanoTime() - start;
        pass.cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return pass;
    }

    /** Rows of a generated export: its name ends with the row count, as {@code tickets-100000.csv}. */
    private static long rowsOf(Path source) {
        String name = source.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.lastIndexOf('.')));
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static final class Pass {

        long rows;
        long good;
        long nanos;
        long cpuNanos;
        long liveMidway;

        /** Collects fully and notes what stays: the live heap. */
        void measureLiveHeap() {
            System.gc();
            liveMidway = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
