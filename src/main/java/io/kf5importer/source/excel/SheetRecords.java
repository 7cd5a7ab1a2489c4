package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;

import org.apache.poi.ss.util.CellReference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the rows of a sheet, whatever the workbook format, into a header and records: finds the header row, spreads
 * merged values, pads short rows, and turns cells that cannot be read into {@link UnreadableRow}s. Rows keep Excel's
 * numbers; rows with no value of their own are skipped (a merged value reaching into an otherwise empty row does
 * not make it a record).
 */
final class SheetRecords {

    private final Path file;
    private final String sheet;
    private final ExcelRowSource rows;
    private final MergedRanges merged;
    private final SourceHeader header;

    SheetRecords(Path file, String sheet, ExcelRowSource rows, MergedRanges merged, Long headerRow) {
        this.file = file;
        this.sheet = sheet;
        this.rows = rows;
        this.merged = merged;
        this.header = readHeader(headerRow);
        merged.limitColumns(header.size());
    }

    SourceHeader header() {
        return header;
    }

    /** The next record, or {@code null} after the last row of the sheet. */
    SourceRecord read() {
        ExcelRow row = rows.next();
        if (row == null) {
            return null;
        }
        return toRecord(row.number(), merged.fill(row));
    }

    private SourceHeader readHeader(Long headerRow) {
        ExcelRow row = rows.next();
        while (row != null && headerRow != null && row.number() < headerRow) {
            merged.fill(row);
            row = rows.next();
        }
        if (row == null) {
            throw noHeader(headerRow);
        }
        if (headerRow != null && row.number() != headerRow) {
            throw new SourceException(file, sheet, headerRow, null, null, "the header row " + headerRow
                    + " is empty; the next row with values is " + row.number() + "; pass --header-row with the "
                    + "number of the row that holds the column names", null);
        }
        return headerOf(row.number(), merged.fill(row));
    }

    private SourceException noHeader(Long headerRow) {
        String message = headerRow == null
                ? "the sheet holds no row with values, so there is no header; check the sheet with --sheet"
                : "the sheet has no row " + headerRow + " with values; check --header-row";
        return new SourceException(file, sheet, headerRow, null, null, message, null);
    }

    private SourceHeader headerOf(long number, List<ExcelCell> cells) {
        int width = cells.get(cells.size() - 1).column() + 1;
        String[] names = new String[width];
        Arrays.fill(names, "");
        for (ExcelCell cell : cells) {
            if (cell.problem() != null) {
                String reference = cellReference(cell.column(), number);
                throw new SourceException(file, sheet, number, reference, cell.value(),
                        "the header cell " + reference + " " + cell.problem() + "; give the column a name", null);
            }
            names[cell.column()] = cell.text().trim();
        }
        return new SourceHeader(Arrays.asList(names));
    }

    private SourceRecord toRecord(long number, List<ExcelCell> cells) {
        String[] values = new String[header.size()];
        Arrays.fill(values, "");
        Map<Integer, String> problems = new HashMap<>();
        for (ExcelCell cell : cells) {
            if (cell.column() >= header.size()) {
                return beyondHeader(number, cell);
            }
            if (cell.problem() == null) {
                values[cell.column()] = cell.text();
                continue;
            }
            // Shown as Excel shows it; only a mapping that reads this cell rejects the row.
            values[cell.column()] = cell.value();
            problems.put(cell.column(), "cell " + cellReference(cell.column(), number) + " " + cell.problem());
        }
        return new SourceRow(number, header, Arrays.asList(values), problems);
    }

    private UnreadableRow beyondHeader(long number, ExcelCell cell) {
        String column = CellReference.convertNumToColString(cell.column());
        String lastColumn = CellReference.convertNumToColString(header.size() - 1);
        String shown = cell.problem() == null ? cell.text() : cell.value();
        return new UnreadableRow(number, column, shown, "row " + number + " has a value in column " + column
                + " beyond the header, which ends at column " + lastColumn
                + "; give that column a header or clear the cell");
    }

    private static String cellReference(int column, long rowNumber) {
        return CellReference.convertNumToColString(column) + rowNumber;
    }
}
