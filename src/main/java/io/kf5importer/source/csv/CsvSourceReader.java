package io.kf5importer.source.csv;

import io.kf5importer.source.SourceDescription;
import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.UnreadableRow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CSV export as helpdesks and Excel write them: encoding and delimiter detected (or given), an Excel
 * {@code sep=} line honoured, RFC 4180 quoting, blank and all-empty rows skipped, and every record numbered by the
 * physical line it starts on, as a person finds it in a text editor.
 *
 * <p>The splitting is our own RFC 4180 state machine ({@link CsvTokenizer}), not OpenCSV: OpenCSV 5.12 stops with an
 * exception that takes the rest of the file with it when a quote is never closed, reports the lines it has consumed
 * rather than the line a record starts on, and drops the quote of {@code 5" screen} (its RFC 4180 parser refuses the
 * row instead). Here an unbalanced quote costs one {@link UnreadableRow} naming the line the quote opened on, and
 * reading resumes on the next line; the file is opened again for that, which costs time only when it happens.
 *
 * <p>See {@link CsvEncodingDetector} for how the encoding is chosen. The file is streamed: memory does not grow with
 * its size, only with its longest row. Not thread-safe.
 */
public final class CsvSourceReader implements SourceReader {

    private final Path file;
    private final FileChannel channel;
    private final CsvEncoding encoding;
    private final char delimiter;
    private final SourceHeader header;
    private final CsvRowCheck rowCheck;
    private CsvTokenizer tokenizer;

    /**
     * Opens the file, settles its encoding and delimiter and reads the header.
     *
     * @throws SourceException when the file cannot be opened, does not decode, or has no header row
     */
    public CsvSourceReader(Path file, SourceOptions options) {
        Objects.requireNonNull(options, "options");
        this.file = file;
        this.channel = open(file);
        try {
            this.encoding = CsvEncodingDetector.detect(file, channel, options.encoding());
            // The delimiter is not known yet; nothing before the header needs it.
            this.tokenizer = openTokenizer(',');
            Character sepLine = skipSepLine(options.headerRow());
            moveToHeader(options.headerRow());
            this.delimiter = chooseDelimiter(options.delimiter(), sepLine);
            tokenizer.useDelimiter(delimiter);
            this.header = readHeader(options.headerRow());
            this.rowCheck = new CsvRowCheck(header, delimiter);
        } catch (IOException e) {
            throw closeAfter(failure(e));
        } catch (RuntimeException e) {
            throw closeAfter(e);
        }
    }

    @Override
    public SourceDescription description() {
        return new SourceDescription(file, "csv", encoding.label(), delimiter, null);
    }

    @Override
    public SourceHeader header() {
        return header;
    }

    @Override
    public SourceRecord read() {
        try {
            CsvRecord record = tokenizer.next();
            while (record != null && record.quoteProblem() == null && !record.tooLong() && record.isBlank()) {
                record = tokenizer.next();
            }
            if (record == null) {
                return null;
            }
            if (record.quoteProblem() != null) {
                return skipUnbalancedQuote(record);
            }
            return rowCheck.check(record);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new SourceException(file, "cannot close the file: " + e.getMessage(), e);
        }
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new SourceException(file, "no such file; check the path", e);
        } catch (IOException e) {
            throw new SourceException(file, "cannot open the file: " + e, e);
        }
    }

    private CsvTokenizer openTokenizer(char delimiter) throws IOException {
        channel.position(encoding.byteOrderMarkLength());
        StrictDecodingReader text = new StrictDecodingReader(channel, encoding.byteOrderMarkLength(),
                encoding.charset());
        return new CsvTokenizer(text, delimiter);
    }

    /** Excel's {@code sep=;} first line names the delimiter and is not the header. */
    private Character skipSepLine(Long headerRow) throws IOException {
        if (headerRow != null && headerRow <= 1) {
            return null;
        }
        String firstLine = tokenizer.peekLine();
        if (firstLine.length() != 5 || !firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
            return null;
        }
        tokenizer.skipLine();
        return firstLine.charAt(4);
    }

    private void moveToHeader(Long headerRow) throws IOException {
        if (headerRow == null) {
            while (tokenizer.peekLine().isBlank() && tokenizer.skipLine()) {
                // leading blank lines are not the header
            }
            return;
        }
        if (headerRow < 1) {
            throw new SourceException(file, "the header row must be a line number from 1 on, not " + headerRow);
        }
        tokenizer.skipToLine(headerRow);
        if (tokenizer.line() < headerRow) {
            throw new SourceException(file, "the header row was given as line " + headerRow + ", but the file ends "
                    + "before it; check the header row setting");
        }
    }

    private char chooseDelimiter(Character given, Character sepLine) throws IOException {
        if (given != null) {
            if (given == '"' || given == '\n' || given == '\r') {
                throw new SourceException(file, "a quote or line break cannot be the delimiter; give , ; | or tab");
            }
            return given;
        }
        if (sepLine != null) {
            return sepLine;
        }
        String sample = tokenizer.peek(CsvTokenizer.BUFFER_CHARS);
        return DelimiterSniffer.sniff(sample, tokenizer.reachedEnd());
    }

    private SourceHeader readHeader(Long headerRow) throws IOException {
        CsvRecord record = tokenizer.next();
        while (headerRow == null && record != null && record.isBlank() && record.quoteProblem() == null) {
            record = tokenizer.next();
        }
        if (record == null) {
            throw new SourceException(file, "the file has no header row: it holds no text"
                    + (headerRow == null ? "" : " from line " + headerRow + " on"));
        }
        if (record.quoteProblem() != null || record.tooLong()) {
            String problem = record.tooLong() ? "it is too long" : record.quoteProblem().message();
            throw new SourceException(file, null, record.line(), null, null, "the header row cannot be read: "
                    + problem + "; correct the header line, or give the line the header is on", null);
        }
        if (record.isBlank()) {
            throw new SourceException(file, null, record.line(), null, null, "the header row is empty; check the "
                    + "header row setting", null);
        }
        List<String> names = new ArrayList<>(record.cells().size());
        for (String cell : record.cells()) {
            names.add(headerName(cell));
        }
        return new SourceHeader(names);
    }

    private static String headerName(String cell) {
        String name = cell.strip();
        while (name.startsWith("\uFEFF")) {
            name = name.substring(1).strip();
        }
        return name;
    }

    /** Reports the record and reads on from the line after the one the bad quote opened on. */
    private SourceRecord skipUnbalancedQuote(CsvRecord record) throws IOException {
        long resumeLine = record.quoteProblem().resumeLine();
        tokenizer = openTokenizer(delimiter);
        tokenizer.skipToLine(resumeLine);
        return new UnreadableRow(record.line(), null, null, record.quoteProblem().message() + "; the row is skipped "
                + "and reading goes on from line " + resumeLine + ". Close the quote, or double it (\"\") where it is "
                + "part of a value");
    }

    private SourceException failure(IOException e) {
        long line = tokenizer == null ? 1 : tokenizer.line();
        if (e instanceof UndecodableBytesException bad && encoding != null) {
            String message = String.format("byte 0x%02X at offset %d (line %d) is not valid %s; %s", bad.byteValue(),
                    bad.byteOffset(), line, bad.charset().name(), encoding.nextStep());
            return new SourceException(file, null, line, null, null, message, e);
        }
        return new SourceException(file, null, line, null, null, "cannot read the file: " + e, e);
    }

    private RuntimeException closeAfter(RuntimeException e) {
        try {
            channel.close();
        } catch (IOException closing) {
            e.addSuppressed(closing);
        }
        return e;
    }
}
