package io.kf5importer.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The failed rows of an Excel source, as {@code .xlsx}: one sheet, the source's header, every value as a text cell
 * exactly as the reader read it (so that a phone number or a date reads back the same). Rows stream to temporary
 * files as they come (POI's SXSSF keeps only a window of rows in memory); the workbook is complete once closed.
 *
 * <p>Text goes to a shared strings table, as Excel writes it, rather than SXSSF's default inline strings: a tool that
 * edits an inline-string cell in place (POI itself does) may leave the old text beside the new, and a reader may take
 * either. The table is held in memory, which costs the distinct texts of the failed rows only.
 */
final class FailedRowsXlsx implements FailedRowsFile {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final Path file;
    private final List<String> header;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, true);
    private final Sheet sheet;
    private int nextRow;

    FailedRowsXlsx(Path file, List<String> header, String sheetName) {
        this.file = file;
        this.header = List.copyOf(header);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                sheetName == null || sheetName.isBlank() ? "failed rows" : sheetName));
        List<String> columns = new ArrayList<>(header);
        columns.add(REASON_COLUMN);
        write(columns);
    }

    @Override
    public synchronized void add(ReportRow row) {
        write(FailedRowsFile.cells(header, row));
    }

    @Override
    public Path file() {
        return file;
    }

    private void write(List<String> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i) == null ? "" : cells.get(i);
            row.createCell(i).setCellValue(text.length() > MAX_CELL_LENGTH ? text.substring(0, MAX_CELL_LENGTH) : text);
        }
    }

    /** Writes the workbook next to its final name, then moves it there, so that no half-written file is left. */
    @Override
    public void close() throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
