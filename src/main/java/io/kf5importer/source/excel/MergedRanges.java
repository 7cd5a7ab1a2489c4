package io.kf5importer.source.excel;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Spreads the value of each merged range's top-left cell over the whole range, as a person reading the sheet sees
 * it. Rows must be fed in file order: the top-left cell is remembered when its row goes by and applied to the rows
 * below. Only the ranges currently crossed are looked at, so the cost per row does not grow with the sheet.
 */
final class MergedRanges {

    private final List<CellRangeAddress> ahead;
    private final List<ActiveRange> crossed = new ArrayList<>();
    private int nextAhead;
    private int columnLimit = Integer.MAX_VALUE;

    MergedRanges(List<CellRangeAddress> ranges) {
        this.ahead = new ArrayList<>(ranges);
        this.ahead.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
    }

    static MergedRanges none() {
        return new MergedRanges(List.of());
    }

    /** Stops filling at this 0-based column: copies past the header would be values nobody typed there. */
    void limitColumns(int limit) {
        this.columnLimit = limit;
    }

    /** The row's cells with merged values filled in, in column order. */
    List<ExcelCell> fill(ExcelRow row) {
        int rowIndex = (int) (row.number() - 1);
        crossed.removeIf(active -> active.range.getLastRow() < rowIndex);
        while (nextAhead < ahead.size() && ahead.get(nextAhead).getFirstRow() <= rowIndex) {
            CellRangeAddress range = ahead.get(nextAhead++);
            if (range.getLastRow() >= rowIndex) {
                crossed.add(new ActiveRange(range, topLeftOf(range, row, rowIndex)));
            }
        }
        if (crossed.isEmpty()) {
            return row.cells();
        }
        return withMergedValues(row.cells());
    }

    private List<ExcelCell> withMergedValues(List<ExcelCell> cells) {
        TreeMap<Integer, ExcelCell> byColumn = new TreeMap<>();
        cells.forEach(cell -> byColumn.put(cell.column(), cell));
        for (ActiveRange active : crossed) {
            if (active.topLeft == null) {
                continue;
            }
            int last = Math.min(active.range.getLastColumn(), columnLimit - 1);
            for (int column = active.range.getFirstColumn(); column <= last; column++) {
                byColumn.put(column, active.topLeft.at(column));
            }
        }
        return new ArrayList<>(byColumn.values());
    }

    /** The top-left cell when this row holds it; a range whose first row was blank has nothing to spread. */
    private static ExcelCell topLeftOf(CellRangeAddress range, ExcelRow row, int rowIndex) {
        if (range.getFirstRow() != rowIndex) {
            return null;
        }
        return row.cells().stream().filter(cell -> cell.column() == range.getFirstColumn()).findFirst().orElse(null);
    }

    private record ActiveRange(CellRangeAddress range, ExcelCell topLeft) {
    }
}
