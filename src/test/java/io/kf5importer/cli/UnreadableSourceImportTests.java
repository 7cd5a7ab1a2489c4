package io.kf5importer.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV export judged UTF-8 on its first 4 MB that holds bytes of another encoding further on (Chinese Excel's GBK):
 * the run imports every row before them, stops with the file, line and {@code --encoding} to give, and once the file
 * is fixed the same command imports the rest.
 */
class UnreadableSourceImportTests {

    /** Rows before the bad one: wide enough that they fill the 4 MB the encoding is judged on, and more. */
    private static final int GOOD_ROWS_BEFORE = 230;

    private static final int ROWS_AFTER = 3;

    /** Wide descriptions, so that few rows make up the 4 MB. */
    private static final String PADDING = "The customer describes the problem at length. ".repeat(430);

    @TempDir
    Path folder;

    ImportTarget target;

    @BeforeEach
    void start() throws IOException {
        target = ImportTarget.start(folder);
    }

    @AfterEach
    void stop() {
        target.close();
    }

    @Test
    void bytesThatDoNotDecodeLateInTheFileStopTheRunAfterEveryRowBeforeThemAndTheFixedFileResumes()
            throws IOException {
        Path export = folder.resolve("export.csv");
        write(export, Charset.forName("GBK"));
        assertThat(Files.size(export)).as("the bad row lies past the 4 MB the encoding is judged on")
                .isGreaterThan(4L << 20);

        // Chunks of 50 put the bad row in the middle of one: its 30 good rows go out all the same.
        CommandRun stopped = CommandRun.kf5Import(target.importArgs(export, "--chunk-size", "50"));

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(ExitCode.STOPPED);
        assertThat(stopped.out())
                .contains(export.toString(), "line " + (GOOD_ROWS_BEFORE + 2), "--encoding GB18030")
                .contains("tickets created   " + GOOD_ROWS_BEFORE)
                .contains("Running again as is stops there again")
                .doesNotContain("Run the same command again to resume");
        assertThat(target.keys()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys(GOOD_ROWS_BEFORE));

        write(export, StandardCharsets.UTF_8);
        CommandRun resumed = CommandRun.kf5Import(target.importArgs(export, "--chunk-size", "50"));

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.out()).contains("(resumed)", "tickets created   " + (1 + ROWS_AFTER));
        assertThat(target.keys()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys(GOOD_ROWS_BEFORE + 1 + ROWS_AFTER));
    }

    /** The export in UTF-8, but for row {@code GOOD_ROWS_BEFORE + 1}, which is in {@code badRowEncoding}. */
    static void write(Path file, Charset badRowEncoding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(line(TicketSources.HEADER).getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= GOOD_ROWS_BEFORE + 1 + ROWS_AFTER; i++) {
            List<String> row = new ArrayList<>(TicketSources.row(key(i), "工单 " + i));
            row.set(2, PADDING + i);
            bytes.writeBytes(line(row).getBytes(i == GOOD_ROWS_BEFORE + 1 ? badRowEncoding : StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
    }

    private static String line(List<String> cells) {
        return String.join(",", cells) + "\n";
    }

    private static String key(int row) {
        return "E-" + row;
    }

    static List<String> keys(int rows) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            keys.add(key(i));
        }
        return keys;
    }
}
