package io.kf5importer.mapping;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the binary sample files from the text ones: {@code tickets.xlsx} from {@code tickets.csv} (keys prefixed
 * {@code XL-} so both files import side by side; dates as real date cells, mobiles and amounts as number cells, the
 * deliberately bad cells kept as text so the same rows are rejected), and the PNG and PDF attachments. Run once by
 * hand, output committed: {@code java -cp <test classpath> io.kf5importer.mapping.SampleDataWriter sample-data}.
 */
public final class SampleDataWriter {

    private static final List<String> DATE_COLUMNS = List.of("截止时间", "创建时间");

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");

    // STRICT, so that the deliberately impossible 2024-02-30 stays a text cell instead of becoming 29 February.
    private static final List<DateTimeFormatter> DATE_TIMES = strict("uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd HH:mm",
            "uuuu/M/d H:mm");

    private static final List<DateTimeFormatter> DATES = strict("uuuu-MM-dd", "uuuu年M月d日");

    private SampleDataWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data");
        Path attachments = folder.resolve("attachments");
        writeScreenshot(attachments.resolve("error-screenshot.png"), new Color(0xD9534F));
        writeScreenshot(attachments.resolve("订单截图.png"), new Color(0x5CB85C));
        writePdf(attachments.resolve("发票说明.pdf"));
        writeWorkbook(readCsv(folder.resolve("tickets.csv")), folder.resolve("tickets.xlsx"));
    }

    private static List<DateTimeFormatter> strict(String... patterns) {
        return Stream.of(patterns)
                .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
                .toList();
    }

    private static List<String[]> readCsv(Path csv) throws Exception {
        // RFC 4180 parser: OpenCSV's default one would take the backslashes of a Windows share path as escapes.
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVReader rows = new CSVReaderBuilder(reader)
                        .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            return rows.readAll();
        }
    }

    private static void writeWorkbook(List<String[]> rows, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("工单");
            String[] header = rows.get(0);
            writeHeader(sheet.createRow(0), header, styles);
            for (int r = 1; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < header.length; c++) {
                    writeCell(row.createCell(c), header[c], rows.get(r)[c], styles);
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.length; c++) {
                sheet.setColumnWidth(c, header[c].equals("描述") ? 60 * 256 : 18 * 256);
            }
            workbook.write(out);
        }
    }

    private static void writeHeader(Row row, String[] header, Styles styles) {
        for (int c = 0; c < header.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(header[c]);
            cell.setCellStyle(styles.header);
        }
    }

    private static void writeCell(Cell cell, String column, String text, Styles styles) {
        if (text.isEmpty()) {
            cell.setBlank();
        } else if (column.equals("工单编号")) {
            cell.setCellValue("XL-" + text);
        } else if (column.equals("电话") && MOBILE.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
            cell.setCellStyle(styles.wholeNumber);
        } else if (column.equals("订单金额") && AMOUNT.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
            cell.setCellStyle(styles.money);
        } else if (DATE_COLUMNS.contains(column) && dateTime(text).isPresent()) {
            cell.setCellValue(dateTime(text).get());
            cell.setCellStyle(styles.dateTime);
        } else if (DATE_COLUMNS.contains(column) && date(text).isPresent()) {
            cell.setCellValue(date(text).get());
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(text);
            if (text.contains("\n")) {
                cell.setCellStyle(styles.wrapped);
            }
        }
    }

    private static Optional<LocalDateTime> dateTime(String text) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException e) {
                // not this pattern: the next one may fit
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // not this pattern: the next one may fit
            }
        }
        return Optional.empty();
    }

    /** A small picture of a phone showing a coloured dialog: real PNG bytes, a few kilobytes. */
    private static void writeScreenshot(Path target, Color dialog) throws IOException {
        BufferedImage image = new BufferedImage(240, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 400);
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(6));
        g.drawRoundRect(20, 10, 200, 380, 30, 30);
        g.setColor(new Color(0xEEEEEE));
        for (int y = 60; y < 340; y += 40) {
            g.fillRect(40, y, 160, 24);
        }
        g.setColor(dialog);
        g.fillRoundRect(45, 150, 150, 90, 12, 12);
        g.setColor(Color.WHITE);
        g.fillRect(70, 205, 100, 18);
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }

    /** A one-page PDF with a line of text, its cross-reference table computed from the real offsets. */
    private static void writePdf(Path target) throws IOException {
        String text = "BT /F1 14 Tf 72 770 Td (Invoice note - sample data, all details invented) Tj "
                + "0 -24 Td (Tax id: 91510100EXAMPLE0001  Title: Example Trading Ltd.) Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        Files.writeString(target, pdf, StandardCharsets.US_ASCII);
    }

    /** The cell styles of the sample workbook. */
    private static final class Styles {

        private final CellStyle header;

        private final CellStyle wholeNumber;

        private final CellStyle money;

        private final CellStyle dateTime;

        private final CellStyle date;

        private final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            wholeNumber = format(workbook, "0");
            money = format(workbook, "0.00");
            dateTime = format(workbook, "yyyy-mm-dd hh:mm");
            date = format(workbook, "yyyy-mm-dd");
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }

        private static CellStyle format(XSSFWorkbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
