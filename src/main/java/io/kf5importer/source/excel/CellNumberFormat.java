package io.kf5importer.source.excel;

/**
 * The number format of a cell style, with its date kind worked out once rather than for every cell.
 *
 * @param index the number format id ({@code numFmtId})
 * @param pattern the format code, or {@code null} when the workbook does not define the id
 * @param dateKind what the format shows of a date, or {@code null} when it is no date format
 */
record CellNumberFormat(int index, String pattern, DateFormatKind dateKind) {

    static final CellNumberFormat GENERAL = of(0, "General");

    static CellNumberFormat of(int index, String pattern) {
        return new CellNumberFormat(index, pattern, DateFormatKind.of(index, pattern));
    }

    boolean isGeneral() {
        return index == 0 || pattern == null || pattern.equalsIgnoreCase("General") || pattern.equals("@")
                || pattern.startsWith("reserved-");
    }
}
