package io.kf5importer.source.excel;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceRow;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static io.kf5importer.source.excel.TestWorkbooks.format;
import static io.kf5importer.source.excel.TestWorkbooks.lines;
import static io.kf5importer.source.excel.TestWorkbooks.readAll;
import static io.kf5importer.source.excel.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

class XlsxCellValueTests {

    @TempDir
    Path dir;

    @Test
    void textCellsReadAsTypedIncludingLeadingZerosAndRichText() {
        Path file = TestWorkbooks.xlsx(dir.resolve("text.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("Tickets");
            row(sheet, 1, "Code", "Title");
            Row row = row(sheet, 2, "00123");
            XSSFRichTextString rich = new XSSFRichTextString("Printer ");
            XSSFFont bold = ((XSSFWorkbook) workbook).createFont();
            bold.setBold(true);
            rich.append("on fire", bold);
            row.createCell(1).setCellValue(rich);
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [00123, Printer on fire]");
    }

    @Test
    void inlineStringsFromAStreamingWriterRead() throws IOException {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Tickets");
            row(sheet, 1, "Title", "Requester");
            row(sheet, 2, "无法登录", "张三");
            workbook.write(out);
        }

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults()))).containsExactly("2: [无法登录, 张三]");
    }

    @Test
    void generalNumbersReadWholeWithoutExponentOrBinaryNoise() {
        Path file = TestWorkbooks.xlsx(dir.resolve("numbers.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("Numbers");
            row(sheet, 1, "Value");
            double[] values = {13800138000d, 12345678901d, 123456789012345678d, 441234567890d, 1.5, 0.1 + 0.2, 42,
                    -7.25, 0, 1e-7, 12345678901234567890d};
            for (int i = 0; i < values.length; i++) {
                row(sheet, i + 2, values[i]);
            }
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults()))).containsExactly(
                "2: [13800138000]", "3: [12345678901]", "4: [123456789012346000]", "5: [441234567890]",
                "6: [1.5]", "7: [0.3]", "8: [42]", "9: [-7.25]", "10: [0]", "11: [0.0000001]",
                "12: [12345678901234600000]");
    }

    @Test
    void formattedNumbersReadAsTheirFormatShowsThem() {
        Path file = TestWorkbooks.xlsx(dir.resolve("formats.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("Numbers");
            row(sheet, 1, "Amount", "Count", "Rate", "Fixed", "Text format");
            Row row = row(sheet, 2, 1234.5, 1234567, 0.256, 3, 13800138000d);
            row.getCell(0).setCellStyle(format(workbook, "#,##0.00"));
            row.getCell(1).setCellStyle(format(workbook, "#,##0"));
            row.getCell(2).setCellStyle(format(workbook, "0.0%"));
            row.getCell(3).setCellStyle(format(workbook, "0.00"));
            row.getCell(4).setCellStyle(format(workbook, "@"));
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [1,234.50, 1,234,567, 25.6%, 3.00, 13800138000]");
    }

    @Test
    void booleansAndFormulasReadAsTheirSavedResults() {
        Path file = TestWorkbooks.xlsx(dir.resolve("formulas.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("Calc");
            row(sheet, 1, "Open", "A", "B", "Sum", "Label", "Check");
            Row row = row(sheet, 2, true, 2, 3);
            row.createCell(3).setCellFormula("B2*C2+0.5");
            row.createCell(4).setCellFormula("\"T-\"&B2");
            row.createCell(5).setCellFormula("B2>C2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [TRUE, 2, 3, 6.5, T-2, FALSE]");
    }

    @Test
    void datesTimesAndDateTimesReadAsIsoText() {
        Path file = TestWorkbooks.xlsx(dir.resolve("dates.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("Dates");
            row(sheet, 1, "Created", "Updated", "At", "Built-in", "Chinese", "Serial");
            Row row = row(sheet, 2, LocalDate.of(2024, 3, 4), LocalDateTime.of(2024, 3, 4, 9, 5, 7), 0.75, 45355,
                    45355, 45355);
            row.getCell(2).setCellStyle(format(workbook, "h:mm AM/PM"));
            row.getCell(3).setCellStyle(format(workbook, "m/d/yy h:mm"));
            row.getCell(4).setCellStyle(format(workbook, "yyyy\"年\"m\"月\"d\"日\""));
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults()))).containsExactly(
                "2: [2024-03-04, 2024-03-04T09:05:07, 18:00:00, 2024-03-04T00:00:00, 2024-03-04, 45355]");
    }

    @Test
    void datesCountFromTheWorkbooksOwnDateSystem() {
        Path file = TestWorkbooks.xlsx(dir.resolve("date1904.xlsx"), workbook -> {
            CTWorkbook ct = ((XSSFWorkbook) workbook).getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            Sheet sheet = workbook.createSheet("Mac");
            row(sheet, 1, "Serial", "Written as date");
            Row row = row(sheet, 2, 45355, LocalDate.of(2024, 3, 4));
            row.getCell(0).setCellStyle(format(workbook, "yyyy-mm-dd"));
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [2028-03-05, 2024-03-04]");
    }

    @Test
    void errorCellMakesItsRowUnreadableAndTheNextRowsGoOn() {
        Path file = TestWorkbooks.xlsx(dir.resolve("errors.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("Tickets");
            row(sheet, 1, "Title", "Owner", "Ratio", "Lookup");
            row(sheet, 2, "first", "ann", 1);
            Row broken = row(sheet, 7, "second", "bob");
            broken.createCell(2).setCellFormula("1/0");
            Cell lookup = broken.createCell(3);
            lookup.setCellErrorValue(FormulaError.NA.getCode());
            row(sheet, 8, "third", "cy", 2);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        var records = readAll(new XlsxSourceReader(file, SourceOptions.defaults()));

        assertThat(records).hasSize(3);
        assertThat(((SourceRow) records.get(0)).values()).containsExactly("first", "ann", "1", "");
        SourceRow withErrors = (SourceRow) records.get(1);
        assertThat(withErrors.number()).isEqualTo(7);
        assertThat(withErrors.value("Ratio")).isEqualTo("#DIV/0!");
        assertThat(withErrors.cellProblem("Ratio")).isEqualTo("cell C7 holds the Excel error #DIV/0!");
        assertThat(withErrors.cellProblem("Lookup")).isEqualTo("cell D7 holds the Excel error #N/A");
        assertThat(withErrors.cellProblem("Title")).isNull();
        assertThat(((SourceRow) records.get(2)).number()).isEqualTo(8);
    }
}
