package io.kf5importer.source.excel;

import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the merged ranges of a sheet part before its rows are streamed. The {@code <mergeCells>} element comes after
 * {@code <sheetData>}, and a deflated zip entry cannot be entered at its tail, so this pass inflates the part once
 * and scans its bytes for tags, without an XML parser and without keeping anything but the ranges. It stops at
 * {@code </mergeCells>}. Memory: a 64 KB buffer plus the ranges found.
 *
 * <p>In well-formed XML a {@code <} in text or attribute values is always escaped, so every raw {@code <} starts
 * markup; only a {@code mergeCell} tag written inside a comment or CDATA section would be mistaken, and sheet parts
 * have neither in practice.
 */
final class MergedRangeScanner {

    private static final int MAX_NAME = 64;
    private static final int MAX_TAG = 4096;
    private static final Pattern REF = Pattern.compile("\\sref\\s*=\\s*[\"']([A-Za-z0-9:$]+)[\"']");
    private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MERGE_CELLS = "mergeCells".getBytes(StandardCharsets.US_ASCII);

    private final List<CellRangeAddress> ranges = new ArrayList<>();
    private final byte[] name = new byte[MAX_NAME];
    private int nameLength;
    private final StringBuilder tag = new StringBuilder();
    private State state = State.TEXT;

    private enum State { TEXT, NAME, MERGE_CELL_TAG, DONE }

    private MergedRangeScanner() {
    }

    /** Reads the sheet part to its {@code </mergeCells>} (or its end) and returns the ranges; closes the stream. */
    static List<CellRangeAddress> scan(InputStream sheetXml) throws IOException {
        MergedRangeScanner scanner = new MergedRangeScanner();
        try (InputStream in = sheetXml) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (scanner.state != State.DONE && (read = in.read(buffer)) > 0) {
                scanner.accept(buffer, read);
            }
        }
        return scanner.ranges;
    }

    /**
     * Takes the next bytes of the part. The whole sheet passes through here, so names are compared as bytes and no
     * object is made for a tag that is not a merged range.
     */
    private void accept(byte[] buffer, int length) {
        for (int i = 0; i < length && state != State.DONE; i++) {
            byte b = buffer[i];
            switch (state) {
                case TEXT -> {
                    if (b == '<') {
                        nameLength = 0;
                        state = State.NAME;
                    }
                }
                case NAME -> acceptName(b);
                case MERGE_CELL_TAG -> {
                    if (b == '>') {
                        addRange(tag);
                        state = State.TEXT;
                    } else if (tag.length() < MAX_TAG) {
                        tag.append((char) b);
                    }
                }
                case DONE -> {
                }
            }
        }
    }

    private void acceptName(byte b) {
        boolean nameEnds = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/' || b == '>';
        if (!nameEnds) {
            if (nameLength < MAX_NAME) {
                name[nameLength++] = b;
            }
            return;
        }

        boolean endTag = nameLength > 0 && name[0] == '/';
        int localName = localNameStart(endTag ? 1 : 0);
        if (endTag && nameIs(localName, MERGE_CELLS)) {
            state = State.DONE;
        } else if (!endTag && nameIs(localName, MERGE_CELL)) {
            tag.setLength(0);
            tag.append((char) b);
            state = b == '>' ? State.TEXT : State.MERGE_CELL_TAG;
        } else {
            state = State.TEXT;
        }
    }

    /** Where the name's local part starts: after its namespace prefix, if any. */
    private int localNameStart(int from) {
        int start = from;
        for (int i = from; i < nameLength; i++) {
            if (name[i] == ':') {
                start = i + 1;
            }
        }
        return start;
    }

    private boolean nameIs(int start, byte[] expected) {
        return Arrays.equals(name, start, nameLength, expected, 0, expected.length);
    }

    private void addRange(CharSequence attributes) {
        Matcher ref = REF.matcher(attributes);
        if (ref.find()) {
            ranges.add(CellRangeAddress.valueOf(ref.group(1).replace("$", "")));
        }
    }
}
