package io.kf5importer.source;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceReadersTests {

    @TempDir
    Path dir;

    @Test
    void workbookIsReadByItsContentEvenUnderAnotherName() throws IOException {
        Path xlsxNamedCsv = Files.write(dir.resolve("export.csv"), workbook(new XSSFWorkbook()));
        Path xlsNamedXlsx = Files.write(dir.resolve("export.xlsx"), workbook(new HSSFWorkbook()));

        try (SourceReader xlsx = SourceReaders.open(xlsxNamedCsv, SourceOptions.defaults());
                SourceReader xls = SourceReaders.open(xlsNamedXlsx, SourceOptions.defaults())) {

            assertThat(xlsx.description().format()).isEqualTo("xlsx");
            assertThat(xls.description().format()).isEqualTo("xls");
            assertThat(((SourceRow) xls.read()).values()).containsExactly("13800138000");
        }
    }

    @Test
    void htmlSavedAsXlsIsRefusedAsAnHtmlPage() throws IOException {
        Path file = Files.writeString(dir.resolve("report.xls"), "<html xmlns:o=\"urn:schemas-microsoft-com:office:"
                + "office\"><body><table><tr><td>Title</td></tr></table></body></html>");

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ": is really an HTML page, not a spreadsheet (web tools often save an HTML table "
                        + "under an Excel name); open it in Excel and save it as .xlsx, or export the data as CSV");
    }

    @Test
    void htmlTableAfterByteOrderMarkAndBlankLinesIsRecognised() throws IOException {
        Path file = Files.writeString(dir.resolve("report.xlsx"), "\uFEFF\r\n  \n<TABLE border=1><tr><td>x</td></tr>");

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .hasMessageContaining("is really an HTML page");
    }

    @Test
    void htmlNamedCsvIsRefusedBeforeReachingTheCsvReader() throws IOException {
        Path file = Files.writeString(dir.resolve("report.csv"), "<!DOCTYPE html><html><body></body></html>");

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .hasMessageContaining("is really an HTML page");
    }

    @Test
    void xmlSpreadsheetSavedAsXlsIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("report.xls"), "<?xml version=\"1.0\"?>\n<?mso-application "
                + "progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">");

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .hasMessageContaining("is really an XML Spreadsheet 2003 file, not an Excel workbook nor CSV");
    }

    @Test
    void csvSavedAsXlsxIsRefusedWithTheNameToUse() throws IOException {
        Path file = Files.writeString(dir.resolve("tickets.xlsx"), "Title,Status\nLogin fails,open\n");

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ": is really a text (CSV) file, not an Excel workbook; rename it to .csv");
    }

    @Test
    void zipWithoutWorkbookIsRefusedAsAZipArchive() throws IOException {
        Path file = dir.resolve("tickets.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ": is a zip archive but not an Excel workbook");
    }

    @Test
    void wordDocumentNamedXlsxIsNamed() throws IOException {
        Path file = dir.resolve("tickets.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Tickets");
            document.write(out);
        }

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .hasMessageStartingWith(file + ": is an Office file but not an Excel workbook (a Word document)");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = Files.createFile(dir.resolve("tickets.xlsx"));

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .hasMessage(file + ": is empty (0 bytes); export the data again");
    }

    @Test
    void missingFileIsRefused() {
        Path file = dir.resolve("nowhere.xlsx");

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .hasMessage(file + ": does not exist; check the path");
    }

    @Test
    void truncatedXlsxIsRefusedAsDamaged() throws IOException {
        byte[] whole = workbook(new XSSFWorkbook());
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ": cannot be read as an .xlsx workbook (")
                .hasMessageEndingWith("it may be damaged or cut short: open it in Excel and save it again, or export "
                        + "it as CSV");
    }

    @Test
    void zipBombIsStoppedByThePackageGuards() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        Files.write(file, withPaddedSheet(workbook(new XSSFWorkbook()), 20_000_000));

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ": looks like a zip bomb");
    }

    @Test
    void binaryFileIsRefusedWithItsFirstBytes() throws IOException {
        Path file = Files.write(dir.resolve("tickets.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .hasMessage(file + ": is neither an Excel workbook nor a text (CSV) file (it starts with the bytes "
                        + "89 50 4e 47 00 00 00 0d); check that you picked the right file");
    }

    private static byte[] workbook(Workbook workbook) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("Tickets");
            sheet.createRow(0).createCell(0).setCellValue("Phone");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(13800138000d);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** The same package with blanks inserted into the sheet XML: it inflates a thousand times its stored size. */
    private static byte[] withPaddedSheet(byte[] xlsx, int blanks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = content.replaceFirst("<sheetData>", "<sheetData>" + " ".repeat(blanks));
                }
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
