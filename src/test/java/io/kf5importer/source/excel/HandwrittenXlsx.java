package io.kf5importer.source.excel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal {@code .xlsx} package written by hand, for sheet XML that POI's writers never produce: namespace
 * prefixes, cells without references, inline rich text with phonetic guides, ISO date cells, formulas without a
 * saved result. Styles: 0 General, 1 {@code yyyy-mm-dd hh:mm}, 2 the East Asian built-in date 31, 3 built-in 14,
 * 4 {@code yyyy-mm-dd hh:mm:ss}.
 */
final class HandwrittenXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HandwrittenXlsx() {
    }

    /** Writes the content of one part; large parts are streamed rather than built as one string. */
    interface PartWriter {

        void write(Writer part) throws IOException;
    }

    /** Writes a workbook with one sheet, "Data", whose part is exactly {@code sheetXml}. */
    static Path write(Path file, String sheetXml) {
        return write(file, part -> part.write(sheetXml), null);
    }

    /**
     * Writes a workbook with one sheet, "Data", streaming the sheet part and, when not {@code null}, the shared strings
     * part (each without its XML declaration).
     */
    static Path write(Path file, PartWriter sheetXml, PartWriter sharedStringsXml) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes(sharedStringsXml != null));
            put(zip, "_rels/.rels", relationships("rId1",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                    "xl/workbook.xml"));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sharedStringsXml != null));
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                    + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/styles.xml", styles());
            put(zip, "xl/worksheets/sheet1.xml", sheetXml);
            if (sharedStringsXml != null) {
                put(zip, "xl/sharedStrings.xml", sharedStringsXml);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        put(zip, name, part -> part.write(content));
    }

    private static void put(ZipOutputStream zip, String name, PartWriter content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer part = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        part.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        content.write(part);
        part.flush();
        zip.closeEntry();
    }

    private static String contentTypes(boolean sharedStrings) {
        String office = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + office + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + office + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + office + "styles+xml\"/>"
                + (sharedStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + office
                        + "sharedStrings+xml\"/>" : "")
                + "</Types>";
    }

    private static String workbookRelationships(boolean sharedStrings) {
        String type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + type + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + type + "styles\" Target=\"styles.xml\"/>"
                + (sharedStrings ? "<Relationship Id=\"rId3\" Type=\"" + type + "sharedStrings\" "
                        + "Target=\"sharedStrings.xml\"/>" : "")
                + "</Relationships>";
    }

    private static String relationships(String id, String type, String target) {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>"
                + "</Relationships>";
    }

    private static String styles() {
        return "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
                + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"31\" applyNumberFormat=\"1\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"165\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>";
    }
}
