package io.kf5importer.source.csv;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.csv.CsvEncoding.Origin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Chooses the encoding of a CSV file: a byte order mark (UTF-8, UTF-16, UTF-32) wins; otherwise strict UTF-8; otherwise
 * GB18030, the superset of the GBK that Chinese Excel writes. An encoding given by the operator overrides all three.
 *
 * <p>Only the first {@link #SAMPLE_BYTES} are checked here, whatever the choice, so that a bad byte near the start is
 * reported with its line before any row is returned. The rest of the file is decoded just as strictly while it is read
 * ({@link StrictDecodingReader}): a large file is read once, and a later bad byte stops the run with its position
 * instead of switching encodings half-way through the rows.
 */
final class CsvEncodingDetector {

    /** How much of the start of a file settles its encoding. */
    static final int SAMPLE_BYTES = 4 << 20;

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private CsvEncodingDetector() {
    }

    /** Chooses the encoding from the start of the file; leaves the channel at an unspecified position. */
    static CsvEncoding detect(Path file, SeekableByteChannel channel, Charset given) throws IOException {
        ByteBuffer sample = readSample(channel);
        boolean wholeFile = channel.size() <= sample.limit();
        CsvEncoding encoding = given != null ? given(given, sample) : byteOrderMark(sample);
        if (encoding == null) {
            return byContent(file, sample, wholeFile);
        }
        BadByte bad = firstBadByte(sample, encoding, wholeFile);
        if (bad != null) {
            throw new SourceException(file, null, bad.line(), null, null,
                    bad.describe(encoding.charset().name()) + "; " + encoding.nextStep(), null);
        }
        return encoding;
    }

    private static ByteBuffer readSample(SeekableByteChannel channel) throws IOException {
        ByteBuffer sample = ByteBuffer.allocate((int) Math.min(SAMPLE_BYTES, Math.max(channel.size(), 1)));
        channel.position(0);
        while (sample.hasRemaining() && channel.read(sample) >= 0) {
            // read until the sample is full or the file ends
        }
        return sample.flip();
    }

    private static CsvEncoding byteOrderMark(ByteBuffer sample) {
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return new CsvEncoding(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3, Origin.BYTE_ORDER_MARK);
        }
        if (startsWith(sample, 0xFF, 0xFE, 0x00, 0x00)) {
            return new CsvEncoding(UTF_32LE, "UTF-32LE (BOM)", 4, Origin.BYTE_ORDER_MARK);
        }
        if (startsWith(sample, 0x00, 0x00, 0xFE, 0xFF)) {
            return new CsvEncoding(UTF_32BE, "UTF-32BE (BOM)", 4, Origin.BYTE_ORDER_MARK);
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return new CsvEncoding(StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", 2, Origin.BYTE_ORDER_MARK);
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return new CsvEncoding(StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", 2, Origin.BYTE_ORDER_MARK);
        }
        return null;
    }

    /** The operator's encoding; a byte order mark that belongs to it is still skipped. */
    private static CsvEncoding given(Charset charset, ByteBuffer sample) {
        CsvEncoding mark = byteOrderMark(sample);
        if (mark != null && mark.charset().equals(charset)) {
            return new CsvEncoding(charset, charset.name() + " (BOM)", mark.byteOrderMarkLength(), Origin.GIVEN);
        }
        return new CsvEncoding(charset, charset.name(), 0, Origin.GIVEN);
    }

    private static CsvEncoding byContent(Path file, ByteBuffer sample, boolean wholeFile) {
        CsvEncoding utf8 = new CsvEncoding(StandardCharsets.UTF_8, "UTF-8", 0, Origin.DETECTED);
        BadByte notUtf8 = firstBadByte(sample, utf8, wholeFile);
        if (notUtf8 == null) {
            refuseNulBytes(file, sample);
            return utf8;
        }
        CsvEncoding gb18030 = new CsvEncoding(GB18030, "GB18030", 0, Origin.DETECTED);
        BadByte notGb18030 = firstBadByte(sample, gb18030, wholeFile);
        if (notGb18030 == null) {
            return gb18030;
        }
        throw new SourceException(file, null, notUtf8.line(), null, null, "the file is neither UTF-8 nor GB18030 "
                + "(GBK): as UTF-8, " + notUtf8.describe("UTF-8") + "; as GB18030, " + notGb18030.describe("GB18030")
                + "; run again with --encoding and the file's encoding (for example --encoding Big5 or "
                + "--encoding windows-1252)", null);
    }

    /**
     * NUL bytes are valid UTF-8 but never part of a CSV export: they mean UTF-16 without a byte order mark, or a file
     * that is not text at all (a workbook renamed to {@code .csv}). Reading on would give rows of garbage.
     */
    private static void refuseNulBytes(Path file, ByteBuffer sample) {
        long line = 1;
        for (int i = sample.position(); i < sample.limit(); i++) {
            byte b = sample.get(i);
            if (b == 0) {
                throw new SourceException(file, null, line, null, null, "byte 0x00 at offset " + i + " (line " + line
                        + "): the file holds NUL bytes, so it is UTF-16 without a byte order mark or not a text file; "
                        + "run again with --encoding UTF-16LE (or UTF-16BE), or export the file again as CSV", null);
            }
            if (b == '\n' || (b == '\r' && (i + 1 == sample.limit() || sample.get(i + 1) != '\n'))) {
                line++;
            }
        }
    }

    /** Where strict decoding of the sample first fails, or {@code null} when it decodes cleanly. */
    private static BadByte firstBadByte(ByteBuffer sample, CsvEncoding encoding, boolean wholeFile) {
        ByteBuffer in = sample.duplicate().position(encoding.byteOrderMarkLength());
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(8192);
        LineCount lines = new LineCount();
        while (true) {
            // Without the whole file, a character cut in two by the sample's end is not an error: endOfInput false.
            CoderResult result = decoder.decode(in, out, wholeFile);
            lines.add(out.flip());
            out.clear();
            if (result.isError()) {
                return new BadByte(in.position(), in.get(in.position()) & 0xFF, lines.line());
            }
            if (result.isUnderflow()) {
                return null;
            }
        }
    }

    private static boolean startsWith(ByteBuffer sample, int... prefix) {
        if (sample.limit() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample.get(i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A byte the sample could not be decoded at. */
    private record BadByte(long offset, int value, long line) {

        String describe(String encodingName) {
            return String.format("byte 0x%02X at offset %d (line %d) is not valid %s", value, offset, line,
                    encodingName);
        }
    }

    /** Counts physical lines (LF, CRLF, bare CR) across decoded chunks. */
    private static final class LineCount {

        private long line = 1;
        private boolean lastWasCr;

        void add(CharBuffer chars) {
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\r' || (c == '\n' && !lastWasCr)) {
                    line++;
                }
                lastWasCr = c == '\r';
            }
        }

        long line() {
            return line;
        }
    }
}
