package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.UnreadableRow;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static io.kf5importer.source.excel.TestWorkbooks.format;
import static io.kf5importer.source.excel.TestWorkbooks.lines;
import static io.kf5importer.source.excel.TestWorkbooks.readAll;
import static io.kf5importer.source.excel.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsSourceReaderTests {

    @TempDir
    Path dir;

    @Test
    void xlsCellsReadAsExcelShowsThem() {
        Path file = TestWorkbooks.xls(dir.resolve("tickets.xls"), workbook -> {
            Sheet sheet = workbook.createSheet("Tickets");
            row(sheet, 1, "Code", "Phone", "Amount", "Open", "Created", "Updated", "Sum", "Ratio");
            Row row = row(sheet, 2, "00123", 13800138000d, 1234.5, false, LocalDate.of(2024, 3, 4),
                    LocalDateTime.of(2024, 3, 4, 23, 59, 59), null, 0.1 + 0.2);
            row.getCell(2).setCellStyle(format(workbook, "#,##0.00"));
            row.createCell(6).setCellFormula("C2*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        try (SourceReader reader = new XlsSourceReader(file, SourceOptions.defaults())) {

            assertThat(reader.description().format()).isEqualTo("xls");
            assertThat(reader.description().sheet()).isEqualTo("Tickets");
            assertThat(lines(reader)).containsExactly(
                    "2: [00123, 13800138000, 1,234.50, FALSE, 2024-03-04, 2024-03-04T23:59:59, 2469, 0.3]");
        }
    }

    @Test
    void xlsDatesCountFromTheWorkbooksOwnDateSystem() {
        Path file = TestWorkbooks.xls(dir.resolve("mac.xls"), workbook -> {
            ((HSSFWorkbook) workbook).getInternalWorkbook().getRecords().stream()
                    .filter(DateWindow1904Record.class::isInstance)
                    .forEach(record -> ((DateWindow1904Record) record).setWindowing((short) 1));
            Sheet sheet = workbook.createSheet("Mac");
            row(sheet, 1, "Serial");
            row(sheet, 2, 45355).getCell(0).setCellStyle(format(workbook, "yyyy-mm-dd"));
        });

        assertThat(lines(new XlsSourceReader(file, SourceOptions.defaults()))).containsExactly("2: [2028-03-05]");
    }

    @Test
    void xlsErrorsMergesHiddenSheetsAndBlankRowsFollowTheSameRules() {
        Path file = TestWorkbooks.xls(dir.resolve("layout.xls"), workbook -> {
            row(workbook.createSheet("Hidden"), 1, "Nothing");
            workbook.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
            Sheet sheet = workbook.createSheet("Tickets");
            row(sheet, 1, "Title", "Contact", null);
            row(sheet, 2, "one", "ann");
            row(sheet, 5, "two").createCell(1).setCellErrorValue(FormulaError.REF.getCode());
            row(sheet, 6, "three", "cy", "x", "stray");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B1:C1"));
            workbook.setActiveSheet(1);
        });

        var records = readAll(new XlsSourceReader(file, SourceOptions.defaults()));

        assertThat(TestWorkbooks.line(records.get(0))).isEqualTo("2: [one, ann, ]");
        assertThat(((SourceRow) records.get(1)).cellProblems()).containsValue("cell B5 holds the Excel error #REF!");
        assertThat(((UnreadableRow) records.get(2)).message()).startsWith("row 6 has a value in column D beyond");
    }

    @Test
    void encryptedXlsOpensWithItsPasswordOnly() throws IOException {
        Path file = dir.resolve("secret.xls");
        Biff8EncryptionKey.setCurrentUserPassword("s3cret");
        try {
            TestWorkbooks.xls(file, workbook -> {
                Sheet sheet = workbook.createSheet("Tickets");
                row(sheet, 1, "Title");
                row(sheet, 2, "classified");
            });
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThat(lines(new XlsSourceReader(file, new SourceOptions(null, null, null, "s3cret", null))))
                .containsExactly("2: [classified]");
        assertThatThrownBy(() -> new XlsSourceReader(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ": is encrypted; pass --file-password with the password that opens it in Excel");
        assertThatThrownBy(() -> new XlsSourceReader(file, new SourceOptions(null, null, null, "wrong", null)))
                .hasMessageEndingWith("is encrypted; pass --file-password with the password that opens it in Excel "
                        + "(the password given does not open it)");
    }
}
