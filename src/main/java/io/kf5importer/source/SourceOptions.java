package io.kf5importer.source;

import java.nio.charset.Charset;

/**
 * How to open a source. Every setting may be {@code null}, meaning "detect it".
 *
 * @param sheet Excel sheet by name or 0-based index; default the first visible sheet
 * @param encoding CSV encoding; default detected from a BOM, then strict UTF-8, then GB18030
 * @param delimiter CSV delimiter; default detected among comma, semicolon, tab and pipe
 * @param filePassword password of an encrypted workbook
 * @param headerRow the row number (as a person sees it) holding the header; default the first non-empty row
 */
public record SourceOptions(String sheet, Charset encoding, Character delimiter, String filePassword,
        Long headerRow) {

    public static SourceOptions defaults() {
        return new SourceOptions(null, null, null, null, null);
    }

    public SourceOptions withSheet(String sheetName) {
        return new SourceOptions(sheetName, encoding, delimiter, filePassword, headerRow);
    }

    @Override
    public String toString() {
        return "SourceOptions[sheet=" + sheet + ", encoding=" + encoding + ", delimiter=" + delimiter
                + ", filePassword=" + (filePassword == null ? "none" : "***") + ", headerRow=" + headerRow + "]";
    }
}
