package io.kf5importer.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@link BenchTickets} rows as the exports the importer reads: a UTF-8 CSV, and an {@code .xlsx} written by
 * POI's streaming writer (text as inline strings; dates, mobiles and amounts as number cells, as Excel keeps them).
 * A file already there is kept, so inputs are generated once per machine.
 */
final class BenchExports {

    private BenchExports() {
    }

    static Path csv(Path file, String keyPrefix, long rows) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
            writeCsvLine(out, BenchTickets.HEADER);
            for (long number = 1; number <= rows; number++) {
                writeCsvLine(out, BenchTickets.row(keyPrefix, number).texts());
            }
        }
        return Files.move(partial, file);
    }

    static Path xlsx(Path file, String keyPrefix, long rows) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, false);
                OutputStream out = Files.newOutputStream(partial)) {
            Sheet sheet = workbook.createSheet("工单");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < BenchTickets.HEADER.size(); column++) {
                header.createCell(column).setCellValue(BenchTickets.HEADER.get(column));
            }
            for (long number = 1; number <= rows; number++) {
                writeXlsxRow(sheet.createRow((int) number), BenchTickets.row(keyPrefix, number), dateTime);
            }
            workbook.write(out);
        }
        return Files.move(partial, file);
    }

    private static void writeXlsxRow(Row row, BenchTickets.Row ticket, CellStyle dateTime) {
        List<String> texts = ticket.texts();
        for (int column = 0; column < texts.size(); column++) {
            if (!texts.get(column).isEmpty()) {
                row.createCell(column).setCellValue(texts.get(column));
            }
        }
        if (ticket.mobile() && !ticket.phone().isEmpty()) {
            row.getCell(8).setCellValue(Double.parseDouble(ticket.phone()));
        }
        if (ticket.due() != null) {
            dated(row.getCell(11), dateTime).setCellValue(ticket.due());
        }
        if (ticket.amount() != null) {
            row.getCell(13).setCellValue(ticket.amount());
        }
        dated(row.getCell(15), dateTime).setCellValue(ticket.created());
    }

    private static Cell dated(Cell cell, CellStyle dateTime) {
        cell.setCellStyle(dateTime);
        return cell;
    }

    private static void writeCsvLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            boolean quoted = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
            out.write(quoted ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write('\n');
    }
}
