package io.kf5importer.source.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding a CSV file is read with, and how it was chosen.
 *
 * @param charset decodes the bytes after the byte order mark
 * @param label the name shown to the operator, such as {@code UTF-8 (BOM)} or {@code GB18030}
 * @param byteOrderMarkLength the bytes at the start of the file that are a byte order mark and are skipped
 * @param origin how the encoding was chosen
 */
record CsvEncoding(Charset charset, String label, int byteOrderMarkLength, Origin origin) {

    /** How an encoding was chosen, which decides what the operator can do when bytes later fail to decode. */
    enum Origin {
        /** The file starts with a byte order mark. */
        BYTE_ORDER_MARK,
        /** The operator named it with {@code --encoding}. */
        GIVEN,
        /** The start of the file decoded cleanly with it. */
        DETECTED
    }

    /** What the operator can do when a byte of the file does not decode with this encoding. */
    String nextStep() {
        return switch (origin) {
            case BYTE_ORDER_MARK -> "the file starts with a " + charset.name() + " byte order mark but is damaged "
                    + "there; export it again, or run again with --encoding and the file's real encoding";
            case GIVEN -> "the encoding was given with --encoding; check it, or leave --encoding out to detect it";
            case DETECTED -> "the encoding was detected from the first "
                    + (CsvEncodingDetector.SAMPLE_BYTES >> 20) + " MB of the file; run again with --encoding and the "
                    + "file's real encoding" + (charset.equals(StandardCharsets.UTF_8)
                            ? " (--encoding GB18030 for a file saved by Chinese Excel)" : "");
        };
    }
}
