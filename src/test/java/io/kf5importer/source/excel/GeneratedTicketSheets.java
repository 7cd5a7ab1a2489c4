package io.kf5importer.source.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Large ticket exports: id, title, requester email, phone (a number), created (a date-time one minute apart per
 * ticket) and status. Every title and email is unique.
 */
final class GeneratedTicketSheets {

    private static final String[] STATUSES = {"closed", "open", "pending", "solved"};
    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

    private GeneratedTicketSheets() {
    }

    /** Written by POI's streaming writer, text in inline strings. */
    static Path write(Path file, int tickets) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, false);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Tickets");
            CellStyle dateTime = TestWorkbooks.format(workbook, "yyyy-mm-dd hh:mm:ss");
            TestWorkbooks.row(sheet, 1, "Id", "Title", "Requester", "Phone", "Created", "Status");
            for (int id = 1; id <= tickets; id++) {
                Row row = sheet.createRow(id);
                row.createCell(0).setCellValue(id);
                row.createCell(1).setCellValue("Ticket " + id + ": cannot log in");
                row.createCell(2).setCellValue("user" + id + "@example.com");
                row.createCell(3).setCellValue(13_800_000_000d + id);
                row.createCell(4).setCellValue(START.plusMinutes(id - 1));
                row.getCell(4).setCellStyle(dateTime);
                row.createCell(5).setCellValue(STATUSES[id % STATUSES.length]);
            }
            workbook.write(out);
        }
        return file;
    }

    /**
     * Written part by part by hand with every text in the shared strings part, as Excel itself saves: POI's writers
     * keep a shared strings table in memory and cannot write two million unique strings in a test's heap.
     */
    static Path writeWithSharedStrings(Path file, int tickets) {
        String[] header = {"Id", "Title", "Requester", "Phone", "Created", "Status"};
        return HandwrittenXlsx.write(file, sheet -> {
            sheet.write("<worksheet xmlns=\"" + HandwrittenXlsx.MAIN + "\"><sheetData><row r=\"1\">");
            for (int i = 0; i < header.length; i++) {
                sheet.write("<c r=\"" + (char) ('A' + i) + "1\" t=\"s\"><v>" + i + "</v></c>");
            }
            sheet.write("</row>");
            for (int id = 1; id <= tickets; id++) {
                int number = id + 1;
                int title = header.length + STATUSES.length + 2 * (id - 1);
                sheet.write("<row r=\"" + number + "\"><c r=\"A" + number + "\"><v>" + id + "</v></c>"
                        + "<c r=\"B" + number + "\" t=\"s\"><v>" + title + "</v></c>"
                        + "<c r=\"C" + number + "\" t=\"s\"><v>" + (title + 1) + "</v></c>"
                        + "<c r=\"D" + number + "\"><v>" + (13_800_000_000L + id) + "</v></c>"
                        + "<c r=\"E" + number + "\" s=\"4\"><v>" + DateUtil.getExcelDate(START.plusMinutes(id - 1))
                        + "</v></c><c r=\"F" + number + "\" t=\"s\"><v>" + (header.length + id % STATUSES.length)
                        + "</v></c></row>");
            }
            sheet.write("</sheetData></worksheet>");
        }, strings -> {
            strings.write("<sst xmlns=\"" + HandwrittenXlsx.MAIN + "\">");
            for (String text : header) {
                strings.write("<si><t>" + text + "</t></si>");
            }
            for (String status : STATUSES) {
                strings.write("<si><t>" + status + "</t></si>");
            }
            for (int id = 1; id <= tickets; id++) {
                strings.write("<si><t>Ticket " + id + ": cannot log in</t></si><si><t>user" + id
                        + "@example.com</t></si>");
            }
            strings.write("</sst>");
        });
    }
}
