package io.kf5importer.source.csv;

import io.kf5importer.source.csv.CsvRecord.QuoteProblem;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records by RFC 4180 while counting physical lines (LF, CRLF or a bare CR each end one), so that
 * every record knows the line a person finds it on in a text editor.
 *
 * <p>Quoting follows RFC 4180: a cell that starts with {@code "} runs to the next single {@code "}, a doubled quote
 * inside it stands for one, and delimiters and line breaks inside it are kept as written. Outside that rule the
 * tokenizer is lenient the way Excel is: a quote inside an unquoted cell ({@code 5" screen}) is text, and text after a
 * closing quote on the same line is appended to the value. A quote that cannot be paired is reported on the record
 * (see {@link QuoteProblem}) rather than thrown, so the caller can skip the record and resume.
 *
 * <p>Cells that lie in one buffer, quoted ones included, become a {@code String} straight from the buffer; nothing
 * else is allocated per cell. Not thread-safe.
 */
final class CsvTokenizer {

    static final int BUFFER_CHARS = 1 << 16;

    /**
     * Records longer than this keep their line numbers but lose their values: only an unbalanced quote makes a
     * record this long, and keeping it would let one bad quote pull a whole file into memory.
     */
    static final long MAX_RECORD_CHARS = 1L << 24;

    private static final char QUOTE = '"';

    private final Reader text;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final StringBuilder cell = new StringBuilder();
    private char delimiter;
    private int position;
    private int limit;
    private boolean endOfText;
    private boolean charBeforeBufferWasCr;
    private long line = 1;

    private List<String> cells;
    private long recordChars;
    private boolean tooLong;
    private QuoteProblem quoteProblem;

    CsvTokenizer(Reader text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    void useDelimiter(char delimiter) {
        this.delimiter = delimiter;
    }

    /** The physical line the next character is on. */
    long line() {
        return line;
    }

    /** Returns the next record, or {@code null} at the end of the text. A blank line is a record of one empty cell. */
    CsvRecord next() throws IOException {
        if (!fill()) {
            return null;
        }
        long firstLine = line;
        startRecord();
        while (true) {
            if (fill() && buffer[position] == QUOTE) {
                readQuotedCell();
            } else {
                readPlainCell();
            }
            if (fill() && buffer[position] == delimiter) {
                position++;
                continue;
            }
            long lastLine = line;
            consumeLineBreak();
            return new CsvRecord(firstLine, lastLine, cells, quoteProblem, tooLong);
        }
    }

    /** Consumes the rest of the current physical line and its line break, ignoring quotes. False at the end. */
    boolean skipLine() throws IOException {
        while (fill()) {
            char c = buffer[position];
            if (c == '\n' || c == '\r') {
                consumeLineBreak();
                return true;
            }
            position++;
        }
        return false;
    }

    /** Skips physical lines until the next character is on {@code target}, or the text ends. */
    void skipToLine(long target) throws IOException {
        while (line < target && skipLine()) {
            // each call consumes one line
        }
    }

    /** The next characters, at most {@code max} and at most {@link #BUFFER_CHARS}, without consuming them. */
    String peek(int max) throws IOException {
        int wanted = Math.min(max, buffer.length);
        if (position > 0) {
            charBeforeBufferWasCr = buffer[position - 1] == '\r';
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit < wanted && !endOfText) {
            int read = text.read(buffer, limit, wanted - limit);
            if (read < 0) {
                endOfText = true;
            } else {
                limit += read;
            }
        }
        return new String(buffer, 0, Math.min(limit, wanted));
    }

    /** The rest of the current physical line, without consuming it (cut at {@link #BUFFER_CHARS}). */
    String peekLine() throws IOException {
        String ahead = peek(BUFFER_CHARS);
        for (int i = 0; i < ahead.length(); i++) {
            if (ahead.charAt(i) == '\n' || ahead.charAt(i) == '\r') {
                return ahead.substring(0, i);
            }
        }
        return ahead;
    }

    /** True when the whole text has been read into the buffer: what {@link #peek} returned is all there is. */
    boolean reachedEnd() {
        return endOfText;
    }

    private void startRecord() {
        cells = new ArrayList<>(cells == null ? 16 : cells.size());
        recordChars = 0;
        tooLong = false;
        quoteProblem = null;
    }

    private void readPlainCell() throws IOException {
        int start = position;
        while (true) {
            char[] chars = buffer;
            int end = limit;
            char separator = delimiter;
            int i = position;
            while (i < end) {
                char c = chars[i];
                if (c == separator || c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            position = i;
            if (i < end) {
                finishCell(start, i);
                return;
            }
            appendSegment(start, i);
            if (!fill()) {
                finishCell(position, position);
                return;
            }
            start = position;
        }
    }

    /**
     * Reads a quoted cell. A doubled quote is made one by moving the rest of the value down over the other, in the
     * buffer: the value stays in one piece there, {@code buffer[start, end)}, and becomes a string without a copy
     * into the builder (which only takes what a refill of the buffer would overwrite).
     */
    private void readQuotedCell() throws IOException {
        long quoteLine = line;
        position++;
        int start = position;
        int end = position;
        while (true) {
            int i = scanToQuote(position);
            end = keep(end, position, i);
            if (i == limit) {
                appendSegment(start, end);
                position = i;
                if (!fill()) {
                    reportUnclosedQuote(quoteLine);
                    return;
                }
                start = position;
                end = position;
            } else if (i + 1 < limit && buffer[i + 1] == QUOTE) {
                end = keep(end, i, i + 1);
                position = i + 2;
            } else if (i + 1 < limit) {
                position = i + 1;
                closeQuotedCell(start, end, quoteLine);
                return;
            } else {
                appendSegment(start, end);
                position = i + 1;
                if (fill() && buffer[position] == QUOTE) {
                    cell.append(QUOTE);
                    position++;
                    start = position;
                    end = position;
                } else {
                    closeQuotedCell(position, position, quoteLine);
                    return;
                }
            }
        }
    }

    /**
     * Moves {@code buffer[from, to)} down to {@code end}, where the value read so far ends, and returns the new end.
     * Only characters already scanned are overwritten, so {@link #crBefore} still sees the text as read.
     */
    private int keep(int end, int from, int to) {
        if (end != from) {
            System.arraycopy(buffer, from, buffer, end, to - from);
        }
        return end + to - from;
    }

    /** Finds the next quote from {@code from}, counting the line breaks passed; {@code limit} when there is none. */
    private int scanToQuote(int from) {
        char[] chars = buffer;
        int end = limit;
        for (int i = from; i < end; i++) {
            char c = chars[i];
            if (c == QUOTE) {
                return i;
            }
            if (c == '\r' || (c == '\n' && !crBefore(i))) {
                line++;
            }
        }
        return end;
    }

    /** The quoted value lies in {@code buffer[start, end)} after what the builder holds; the closing quote is read. */
    private void closeQuotedCell(int start, int end, long quoteLine) throws IOException {
        if (!fill() || isCellEnd(buffer[position])) {
            finishCell(start, end);
            return;
        }
        appendSegment(start, end);
        if (line > quoteLine) {
            // A quoted value that spans lines and is followed by text almost always means the quote that opened it
            // was a stray one, paired here with a quote from a later row; the rows in between must not be lost.
            quoteProblem = new QuoteProblem("the quote opened on line " + quoteLine + " closes only on line " + line
                    + ", and text follows it there; a quote is probably unbalanced", quoteLine + 1);
        }
        readPlainCell();
    }

    private void reportUnclosedQuote(long quoteLine) {
        quoteProblem = new QuoteProblem("quote opened on line " + quoteLine + " is never closed", quoteLine + 1);
        finishCell(position, position);
    }

    private boolean isCellEnd(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void appendSegment(int start, int end) {
        if (keepChars(end - start) && end > start) {
            cell.append(buffer, start, end - start);
        }
    }

    private void finishCell(int start, int end) {
        if (!keepChars(end - start)) {
            cells.add("");
        } else if (cell.isEmpty()) {
            cells.add(start == end ? "" : new String(buffer, start, end - start));
        } else {
            cell.append(buffer, start, end - start);
            cells.add(cell.toString());
        }
        cell.setLength(0);
        if (cell.capacity() > BUFFER_CHARS) {
            // one long description must not keep its megabytes for the rest of the file
            cell.trimToSize();
        }
    }

    /** Counts characters against {@link #MAX_RECORD_CHARS}; false once the record is too long to keep. */
    private boolean keepChars(int count) {
        recordChars += count;
        if (recordChars > MAX_RECORD_CHARS) {
            tooLong = true;
            cell.setLength(0);
        }
        return !tooLong;
    }

    private void consumeLineBreak() throws IOException {
        if (!fill()) {
            return;
        }
        char c = buffer[position++];
        line++;
        if (c == '\r' && fill() && buffer[position] == '\n') {
            position++;
        }
    }

    private boolean crBefore(int index) {
        return index == 0 ? charBeforeBufferWasCr : buffer[index - 1] == '\r';
    }

    /** Makes sure a character is available at {@code position}; false at the end of the text. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (endOfText) {
            return false;
        }
        if (limit > 0) {
            charBeforeBufferWasCr = buffer[limit - 1] == '\r';
        }
        int read;
        do {
            read = text.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        endOfText = read < 0;
        return read > 0;
    }
}
