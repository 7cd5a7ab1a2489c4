package io.kf5importer.source.excel;

import java.util.List;

/**
 * The cells of one sheet row that hold something, in column order.
 *
 * @param number Excel's row number, 1-based
 * @param cells the cells with content; columns that are empty in the file are absent
 */
record ExcelRow(long number, List<ExcelCell> cells) {

    ExcelRow {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return cells.isEmpty();
    }
}
