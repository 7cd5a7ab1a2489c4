package io.kf5importer.source.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Large ticket exports written with POI's streaming writer: id, title, requester email, phone (a number), created
 * (a date-time one minute apart per ticket) and status. Every title and email is unique.
 */
final class GeneratedTicketSheets {

    private static final String[] STATUSES = {"closed", "open", "pending", "solved"};
    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

    private GeneratedTicketSheets() {
    }

    /** @param sharedStrings true to store text in the shared strings part as Excel does, else inline */
    static Path write(Path file, int tickets, boolean sharedStrings) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, sharedStrings);
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
}
