package io.kf5importer.source.excel;

/**
 * One cell of a sheet: its text as a person sees it in Excel, or the problem that keeps it from being read.
 *
 * @param column the 0-based column index
 * @param text the displayed text; empty for a problem cell
 * @param value the raw content behind a problem (the error code, the formula), or {@code null}
 * @param problem what is wrong with the cell, worded to follow "cell D7 ", or {@code null} when it reads fine
 */
record ExcelCell(int column, String text, String value, String problem) {

    static ExcelCell text(int column, String text) {
        return new ExcelCell(column, text, null, null);
    }

    static ExcelCell error(int column, String errorCode) {
        return new ExcelCell(column, "", errorCode, "holds the Excel error " + errorCode);
    }

    static ExcelCell uncalculated(int column, String formula) {
        return new ExcelCell(column, "", "=" + formula,
                "holds a formula with no saved result; open the file in Excel, save it and import it again");
    }

    ExcelCell at(int otherColumn) {
        return new ExcelCell(otherColumn, text, value, problem);
    }

    boolean hasContent() {
        return problem != null || !text.isEmpty();
    }
}
