package io.kf5importer.source.csv;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes CSV files into a test's temporary folder and reads them back whole. */
final class CsvFixture {

    private final Path folder;

    CsvFixture(Path folder) {
        this.folder = folder;
    }

    Path file(String text) {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    Path file(String text, Charset charset) {
        return file(text.getBytes(charset));
    }

    Path file(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(folder, "export", ".csv"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvSourceReader open(Path file) {
        return new CsvSourceReader(file, SourceOptions.defaults());
    }

    static List<SourceRecord> readAll(SourceReader reader) {
        List<SourceRecord> records = new ArrayList<>();
        for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
            records.add(record);
        }
        return records;
    }

    static List<SourceRecord> readAll(Path file) {
        try (CsvSourceReader reader = open(file)) {
            return readAll(reader);
        }
    }

    static SourceRow row(SourceRecord record) {
        return (SourceRow) record;
    }

    static UnreadableRow unreadable(SourceRecord record) {
        return (UnreadableRow) record;
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] whole = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, whole, at, part.length);
            at += part.length;
        }
        return whole;
    }
}
