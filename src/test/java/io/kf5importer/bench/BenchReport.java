package io.kf5importer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The harness's results as Markdown, written as each measurement ends so that a failed part keeps the others. */
final class BenchReport {

    private final Path file;
    private final StringBuilder text = new StringBuilder();

    BenchReport(Path file) {
        this.file = file;
    }

    void heading(String title) throws IOException {
        text.append("\n### ").append(title).append("\n\n");
        save();
    }

    void line(String format, Object... values) throws IOException {
        text.append(String.format(Locale.ROOT, format, values)).append('\n');
        save();
    }

    void tableHeader(String... columns) throws IOException {
        row(List.of(columns));
        text.append("|").append("---|".repeat(columns.length)).append('\n');
        save();
    }

    void tableRow(String... cells) throws IOException {
        row(List.of(cells));
        save();
    }

    private void row(List<String> cells) {
        text.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private void save() throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
