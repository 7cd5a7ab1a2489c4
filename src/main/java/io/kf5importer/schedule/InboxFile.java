package io.kf5importer.schedule;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A file in the inbox as last seen: two looks that see the same size and modification time, a stability interval
 * apart, mean that nothing is writing it any more.
 *
 * @param file the file
 * @param size its size in bytes
 * @param modified its modification time
 */
public record InboxFile(Path file, long size, FileTime modified) {

    /** Whether this look and an earlier one of the same file saw it unchanged. */
    boolean sameAs(InboxFile earlier) {
        return earlier != null && file.equals(earlier.file) && size == earlier.size
                && modified.equals(earlier.modified);
    }
}
