package io.kf5importer.source.excel;

/**
 * A sheet as the workbook lists it.
 *
 * @param index the 0-based position in the workbook, hidden sheets included
 * @param name the sheet's tab name
 * @param visible false for hidden and very hidden sheets
 */
record WorkbookSheet(int index, String name, boolean visible) {

    String describe() {
        return "'" + name + "' (" + index + (visible ? "" : ", hidden") + ")";
    }
}
