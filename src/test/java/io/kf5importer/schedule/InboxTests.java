package io.kf5importer.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files of an inbox are sources, in which order, and where they go afterwards. */
class InboxTests {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"tickets.csv", "工单导出.xlsx", "EXPORT.XLS", "macro.xlsm", "tabs.tsv"})
    void exportsAreSources(String name) {
        assertThat(Inbox.isSourceName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".tickets.csv", "~$工单导出.xlsx", "tickets.csv.part", "tickets.xlsx.tmp",
            "tickets.csv.crdownload", "tickets.csv~", "notes.txt", "tickets.csv.filepart"})
    void hiddenLockAndPartialFilesAreNot(String name) {
        assertThat(Inbox.isSourceName(name)).isFalse();
    }

    @Test
    void filesAreTakenOldestFirst() throws IOException {
        Path newer = Files.writeString(folder.resolve("a.csv"), "x");
        Path older = Files.writeString(folder.resolve("b.csv"), "x");
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2024-03-02T00:00:00Z")));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2024-03-01T00:00:00Z")));
        Files.createDirectories(folder.resolve("processed.csv"));

        var files = new Inbox(folder).look();

        assertThat(files).extracting(InboxFile::file).containsExactly(older.toAbsolutePath(), newer.toAbsolutePath());
    }

    @Test
    void aFileMovedWhereOneOfTheSameNameIsKeepsBothWithTheRunIdInTheNewName() throws IOException {
        Inbox inbox = new Inbox(folder);
        Files.createDirectories(folder.resolve("processed"));
        Files.writeString(folder.resolve("processed/export.csv"), "yesterday");
        Path today = Files.writeString(folder.resolve("export.csv"), "today");

        Path moved = inbox.moveTo("processed", today, 12L);

        assertThat(moved).isEqualTo(folder.resolve("processed/export.run-12.csv").toAbsolutePath());
        assertThat(folder.resolve("processed/export.csv")).hasContent("yesterday");
        assertThat(moved).hasContent("today");
    }
}
