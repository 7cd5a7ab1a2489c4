package io.kf5importer.source;

/** One record of an export: a readable {@link SourceRow} or an {@link UnreadableRow}. */
public sealed interface SourceRecord permits SourceRow, UnreadableRow {

    /** The row number a person finds in the file: the CSV line where the record starts, or Excel's row number. */
    long number();
}
