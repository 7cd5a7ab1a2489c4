package io.kf5importer.report;

import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report files of one run, written as rows come. */
class RunReportTests {

    private static final List<String> COLUMNS = List.of("编号", "标题", "电话");

    @TempDir
    Path reports;

    @Test
    void resultsAreQuotedAndNeutralisedButNumbersAreNot() throws IOException {
        try (RunReport report = RunReport.open(reports, 7)) {
            report.sourceOpened("csv", null, COLUMNS);
            report.add(new ReportRow(2, "K-1", "CREATED", 101L, null, null));
            report.add(new ReportRow(3, "=K-2", "REJECTED", null, "column '标题' value 'a, \"b\"': too long", null));
            report.add(new ReportRow(4, "-12.5", "SKIPPED", 102L, null, null));
        }

        List<String> lines = Files.readAllLines(reports.resolve("run-7/results.csv"), StandardCharsets.UTF_8);

        assertThat(lines).containsExactly("\uFEFFrow,key,status,ticket_id,message", "2,K-1,CREATED,101,",
                "3,'=K-2,REJECTED,,\"column '标题' value 'a, \"\"b\"\"': too long\"", "4,-12.5,SKIPPED,102,");
    }

    @Test
    void failedRowsRepeatTheSourceCellsWithTheReasonAndAnUnreadableRowSaysToCopyIt() throws IOException {
        SourceHeader header = new SourceHeader(COLUMNS);
        try (RunReport report = RunReport.open(reports, 8)) {
            report.sourceOpened("csv", null, COLUMNS);
            report.add(new ReportRow(5, "K-5", "REJECTED", null, "column '标题': empty",
                    new SourceRow(5, header, List.of("K-5", "", "+86 138 0000 1002"))));
            report.add(new ReportRow(9, "f.csv#9", "REJECTED", null, "undecodable bytes",
                    new UnreadableRow(9, "标题", "\uFFFD\uFFFD", "undecodable bytes")));
        }

        List<String> lines = Files.readAllLines(reports.resolve("run-8").resolve("failed-rows.csv"),
                StandardCharsets.UTF_8);

        assertThat(lines).containsExactly("\uFEFF编号,标题,电话,kf5-import reason",
                "K-5,,+86 138 0000 1002,row 5: column '标题': empty",
                ",\uFFFD\uFFFD,,\"row 9 could not be read, copy it from the source and fix it: undecodable bytes\"");
    }

    @Test
    void noFailedRowsFileIsWrittenWhenEveryRowWentThrough() {
        try (RunReport report = RunReport.open(reports, 9)) {
            report.sourceOpened("xlsx", "工单", COLUMNS);
            report.add(new ReportRow(2, "K-1", "CREATED", 101L, null, null));

            assertThat(report.failedRowsFile()).isEmpty();
        }

        assertThat(reports.resolve("run-9")).isDirectoryContaining(path -> path.endsWith("results.csv"))
                .isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("failed-rows"));
    }

    @Test
    void aRunIdWhoseFolderExistsFromAnotherDatabaseGetsAFolderOfItsOwn() throws IOException {
        Files.createDirectories(reports.resolve("run-1"));

        try (RunReport report = RunReport.open(reports, 1)) {
            assertThat(report.folder()).isEqualTo(reports.resolve("run-1.2").toAbsolutePath());
        }
    }
}
