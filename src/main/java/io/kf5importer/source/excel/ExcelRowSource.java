package io.kf5importer.source.excel;

/** The rows of one sheet in file order, as the workbook format at hand stores them. */
interface ExcelRowSource extends AutoCloseable {

    /**
     * Returns the next row that holds at least one cell with content, or {@code null} after the last one.
     *
     * @throws io.kf5importer.source.SourceException when the sheet can no longer be read
     */
    ExcelRow next();

    @Override
    void close();
}
