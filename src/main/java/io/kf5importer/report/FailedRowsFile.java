package io.kf5importer.report;

import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows a run rejected or failed, in the source's own columns plus a reason column, written as they come. A
 * person fixes them and imports the file like any other source: the mapping reads its columns by name and ignores
 * the reason column.
 */
interface FailedRowsFile extends Closeable {

    /** The column added after the source's own columns. */
    String REASON_COLUMN = "kf5-import reason";

    void add(ReportRow row);

    Path file();

    /** The cells of a failed row: its source values, then the reason with its original row number. */
    static List<String> cells(List<String> header, ReportRow row) {
        List<String> cells = new ArrayList<>(Collections.nCopies(header.size(), ""));
        SourceRecord source = row.source();
        String reason = "row " + row.rowNumber() + ": " + row.message();
        if (source instanceof SourceRow read && read.values().size() == header.size()) {
            cells = new ArrayList<>(read.values());
        } else if (source instanceof UnreadableRow unreadable) {
            placeRawValue(header, unreadable, cells);
            reason = "row " + row.rowNumber() + " could not be read, copy it from the source and fix it: "
                    + row.message();
        }
        cells.add(reason);
        return cells;
    }

    private static void placeRawValue(List<String> header, UnreadableRow unreadable, List<String> cells) {
        int column = unreadable.column() == null ? -1 : header.indexOf(unreadable.column());
        if (column >= 0 && unreadable.value() != null) {
            cells.set(column, unreadable.value());
        }
    }
}
