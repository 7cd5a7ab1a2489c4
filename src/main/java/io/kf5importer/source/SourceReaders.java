package io.kf5importer.source;

import io.kf5importer.source.csv.CsvSourceReader;
import io.kf5importer.source.excel.Ole2Workbooks;
import io.kf5importer.source.excel.XlsxSourceReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opens the right reader for a file, judged by its content (its first bytes) rather than its name: a zip package is
 * read as {@code .xlsx}, an OLE2 compound file as {@code .xls} or as an encrypted {@code .xlsx}, plain text as CSV.
 * A file whose name promises a workbook but whose content is something else (an HTML page, CSV text, an XML
 * spreadsheet) is refused with a message saying what it really is.
 */
public final class SourceReaders {

    private static final Logger LOG = LoggerFactory.getLogger(SourceReaders.class);

    private static final int HEAD_SIZE = 4096;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final Set<String> EXCEL_EXTENSIONS = Set.of("xls", "xlsx", "xlsm", "xlt", "xltx", "xltm");
    private static final List<String> HTML_STARTS = List.of("<html", "<!doctype", "<table", "<head", "<body",
            "<meta", "<style", "<title");
    private static final String XML_SPREADSHEET_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";
    private static final String OPEN_DOCUMENT_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private SourceReaders() {
    }

    /**
     * Opens a CSV, {@code .xlsx} or {@code .xls} file and reads its header.
     *
     * @throws SourceException when the file cannot be opened or is not what its name says
     */
    public static SourceReader open(Path file, SourceOptions options) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new SourceException(file, "is empty (0 bytes); export the data again");
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return openZip(file, head, options);
        }
        if (startsWith(head, OLE2)) {
            logNameMismatch(file, "an Office 97-2003 (OLE2) file");
            return Ole2Workbooks.open(file, options);
        }
        refuseWhatIsNotCsv(file, head);
        if (hasExcelName(file)) {
            throw new SourceException(file, "is really a text (CSV) file, not an Excel workbook; rename it to .csv");
        }
        return new CsvSourceReader(file, options);
    }

    private static SourceReader openZip(Path file, byte[] head, SourceOptions options) {
        if (new String(head, StandardCharsets.ISO_8859_1).contains(OPEN_DOCUMENT_SPREADSHEET)) {
            throw new SourceException(file, "is an OpenDocument spreadsheet (.ods), not an Excel workbook; open it "
                    + "and save it as .xlsx, or export the data as CSV");
        }
        logNameMismatch(file, "a zip package");
        return new XlsxSourceReader(file, options);
    }

    /** Throws for content that is text-like or binary but no CSV: web pages, XML, PDF, other binaries. */
    private static void refuseWhatIsNotCsv(Path file, byte[] head) {
        String text = leadingText(head);
        if (isHtml(text)) {
            throw new SourceException(file, "is really an HTML page, not a spreadsheet (web tools often save an HTML "
                    + "table under an Excel name); open it in Excel and save it as .xlsx, or export the data as CSV");
        }
        if (text.startsWith("<?xml") || text.startsWith("<workbook")) {
            String what = text.contains(XML_SPREADSHEET_NAMESPACE) ? "an XML Spreadsheet 2003 file" : "an XML file";
            throw new SourceException(file, "is really " + what + ", not an Excel workbook nor CSV; open it in Excel "
                    + "and save it as .xlsx, or export the data as CSV");
        }
        if (text.startsWith("%pdf-") || isBinary(head)) {
            String start = HexFormat.ofDelimiter(" ").formatHex(head, 0, Math.min(head.length, 8));
            throw new SourceException(file, "is neither an Excel workbook nor a text (CSV) file (it starts with the "
                    + "bytes " + start + "); check that you picked the right file");
        }
    }

    private static byte[] head(Path file) {
        if (Files.isDirectory(file)) {
            throw new SourceException(file, "is a directory; give the path of the export file itself");
        }
        if (!Files.exists(file)) {
            throw new SourceException(file, "does not exist; check the path");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_SIZE);
        } catch (IOException e) {
            throw new SourceException(file, "cannot be read (" + e.getMessage() + "); check that the file is "
                    + "readable by this user", e);
        }
    }

    /** The start of the content as lower-case text, after any byte order mark and leading whitespace. */
    private static String leadingText(byte[] head) {
        Charset charset = StandardCharsets.ISO_8859_1;
        int offset = 0;
        if (startsWith(head, UTF8_BOM)) {
            offset = UTF8_BOM.length;
        } else if (startsWith(head, UTF16LE_BOM)) {
            charset = StandardCharsets.UTF_16LE;
            offset = UTF16LE_BOM.length;
        } else if (startsWith(head, UTF16BE_BOM)) {
            charset = StandardCharsets.UTF_16BE;
            offset = UTF16BE_BOM.length;
        }
        return new String(head, offset, head.length - offset, charset).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isHtml(String text) {
        if (HTML_STARTS.stream().anyMatch(text::startsWith)) {
            return true;
        }
        return text.startsWith("<?xml") && (text.contains("<html") || text.contains("<!doctype html"));
    }

    /** NUL bytes do not occur in text, except in UTF-16, which announces itself with a byte order mark. */
    private static boolean isBinary(byte[] head) {
        if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExcelName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXCEL_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void logNameMismatch(Path file, String content) {
        if (!hasExcelName(file)) {
            LOG.info("{} does not have an Excel name but is {}; reading it as a workbook", file, content);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
