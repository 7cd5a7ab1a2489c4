package io.kf5importer.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** The numbers a measuring process hands back to the harness: a properties file, one number per key. */
final class BenchResults {

    private BenchResults() {
    }

    static void write(Path file, Map<String, ?> numbers) throws IOException {
        Properties properties = new Properties();
        numbers.forEach((key, value) -> properties.setProperty(key, String.valueOf(value)));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, null);
        }
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
