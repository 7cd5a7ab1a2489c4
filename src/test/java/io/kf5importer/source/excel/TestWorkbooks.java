package io.kf5importer.source.excel;

import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Small workbooks written by POI for the reader tests, and a compact view of what a reader returns. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static Path xlsx(Path file, Consumer<Workbook> content) {
        return write(file, new XSSFWorkbook(), content);
    }

    static Path xls(Path file, Consumer<Workbook> content) {
        return write(file, new HSSFWorkbook(), content);
    }

    private static Path write(Path file, Workbook workbook, Consumer<Workbook> content) {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the values into row {@code rowNumber} (Excel's 1-based number) from column A on: a String, Number,
     * Boolean, LocalDate or LocalDateTime each becomes the matching cell type; {@code null} leaves the cell out.
     */
    static Row row(Sheet sheet, int rowNumber, Object... values) {
        Row row = sheet.getRow(rowNumber - 1) == null ? sheet.createRow(rowNumber - 1) : sheet.getRow(rowNumber - 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                set(row.createCell(i), values[i]);
            }
        }
        return row;
    }

    static CellStyle format(Workbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    private static void set(Cell cell, Object value) {
        Workbook workbook = cell.getSheet().getWorkbook();
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(format(workbook, "yyyy/m/d h:mm:ss"));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(format(workbook, "yyyy/m/d"));
        } else {
            throw new IllegalArgumentException("no cell type for " + value.getClass());
        }
    }

    static List<SourceRecord> readAll(SourceReader reader) {
        try (reader) {
            List<SourceRecord> records = new ArrayList<>();
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
            return records;
        }
    }

    /** A record as one line: {@code 3: [a, b]} for a row, {@code 7! message} for an unreadable row. */
    static String line(SourceRecord record) {
        if (record instanceof SourceRow row) {
            return row.number() + ": " + row.values();
        }
        UnreadableRow unreadable = (UnreadableRow) record;
        return unreadable.number() + "! " + unreadable.message();
    }

    static List<String> lines(SourceReader reader) {
        return readAll(reader).stream().map(TestWorkbooks::line).toList();
    }
}
