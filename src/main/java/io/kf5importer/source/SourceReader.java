package io.kf5importer.source;

/**
 * Reads the rows of one export file in file order. Obtain one from {@link SourceReaders#open}.
 *
 * <p>Not thread-safe. A row that cannot be read is returned as an {@link UnreadableRow} so that the caller can
 * report it and go on; a problem with the file as a whole (not found, encrypted, not what its name says) is thrown
 * as a {@link SourceException}.
 */
public interface SourceReader extends AutoCloseable {

    /** What was opened and how: file, format, encoding, delimiter or sheet. Never null. */
    SourceDescription description();

    /** The header row, as read. Never null. */
    SourceHeader header();

    /**
     * Returns the next record, or {@code null} at the end of the file. Blank rows are skipped and never returned.
     *
     * @throws SourceException when the file itself can no longer be read
     */
    SourceRecord read();

    @Override
    void close();
}
