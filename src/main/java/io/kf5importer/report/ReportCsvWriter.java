package io.kf5importer.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a CSV file a person opens in Excel: UTF-8 with a byte order mark (without it Excel reads Chinese as
 * mojibake), comma-separated, CRLF line ends, RFC 4180 quoting, and every cell through {@link CsvFormulaGuard}.
 * Each row is flushed, so that a run that dies leaves every row written so far. Not thread-safe.
 */
final class ReportCsvWriter implements Closeable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path file;
    private final Writer out;

    private ReportCsvWriter(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    static ReportCsvWriter create(Path file, List<String> header) {
        try {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(BYTE_ORDER_MARK);
            ReportCsvWriter writer = new ReportCsvWriter(file, out);
            writer.write(header);
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report " + file + ": " + e.getMessage(), e);
        }
    }

    void write(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(CsvFormulaGuard.neutralise(cells.get(i))));
        }
        try {
            out.write(line.append("\r\n").toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    private static String quoted(String cell) {
        if (cell == null) {
            return "";
        }
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
