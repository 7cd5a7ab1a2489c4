package io.kf5importer.progress;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts a source's rows on a thread of its own, beside the import, for the progress total. A file over the size
 * limit is not counted (reading it twice would cost more than a total is worth): the progress then shows rows done
 * without a total.
 */
public final class SourceRowCount {

    /** Files up to this size are counted. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SourceRowCount.class);

    private volatile Long total;

    private SourceRowCount() {
    }

    /** Starts counting, unless the file is over {@code maxBytes}. */
    public static SourceRowCount start(Path file, SourceOptions options, long maxBytes) {
        SourceRowCount count = new SourceRowCount();
        if (size(file) > maxBytes) {
            return count;
        }
        Thread counter = new Thread(() -> count.count(file, options), "row-count");
        counter.setDaemon(true);
        counter.start();
        return count;
    }

    /** The rows in the source, or {@code null} while unknown. */
    public Long total() {
        return total;
    }

    private void count(Path file, SourceOptions options) {
        try (SourceReader reader = SourceReaders.open(file, options)) {
            long rows = 0;
            while (reader.read() != null) {
                rows++;
            }
            total = rows;
        } catch (RuntimeException e) {
            log.debug("Could not count the rows of {} for the progress display: {}", file, e.getMessage());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
