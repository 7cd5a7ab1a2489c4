package io.kf5importer.source.csv;

import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;

import java.util.List;

/**
 * Lines a record up with the header: one cell per column, except that empty cells past the last column are dropped
 * (Excel writes {@code a,b,c,,,} for columns that once held formatting). Any other width is refused with both counts.
 */
final class CsvRowCheck {

    private final SourceHeader header;
    private final String delimiterName;

    CsvRowCheck(SourceHeader header, char delimiter) {
        this.header = header;
        this.delimiterName = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    SourceRecord check(CsvRecord record) {
        if (record.tooLong()) {
            return new UnreadableRow(record.line(), null, null, "row " + record.line() + " holds more than "
                    + CsvTokenizer.MAX_RECORD_CHARS + " characters" + span(record) + ", more than the reader keeps for "
                    + "one row; if it should not be that long, a quote is probably unbalanced");
        }
        List<String> cells = record.cells();
        int columns = header.size();
        if (cells.size() == columns) {
            return new SourceRow(record.line(), header, cells);
        }
        int width = widthWithoutTrailingEmptyCells(cells, columns);
        if (width == columns) {
            return new SourceRow(record.line(), header, cells.subList(0, columns));
        }
        String counts = "row " + record.line() + " has " + width + (width == 1 ? " cell" : " cells")
                + ", the header has " + columns + (columns == 1 ? " column" : " columns") + span(record);
        if (width > columns) {
            return new UnreadableRow(record.line(), null, null, counts + "; a value probably holds an unquoted "
                    + delimiterName + ": put such values in quotes");
        }
        return new UnreadableRow(record.line(), null, null, counts + "; every row needs one cell per column, empty "
                + "ones included: check for a missing " + delimiterName + " or a line break outside quotes");
    }

    /** The cell count once empty cells past the header's last column are dropped; never less than the header's. */
    private static int widthWithoutTrailingEmptyCells(List<String> cells, int columns) {
        int width = cells.size();
        while (width > columns && cells.get(width - 1).isEmpty()) {
            width--;
        }
        return width;
    }

    private static String span(CsvRecord record) {
        if (record.lastLine() == record.line()) {
            return "";
        }
        return " (it runs from line " + record.line() + " to line " + record.lastLine()
                + " because a quoted value holds line breaks)";
    }
}
