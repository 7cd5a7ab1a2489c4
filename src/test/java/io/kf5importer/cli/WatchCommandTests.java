package io.kf5importer.cli;

import io.kf5importer.schedule.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.kf5importer.cli.TicketSources.row;
import static io.kf5importer.cli.TicketSources.untitled;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code watch}: files that stopped changing are imported once each and moved with their reports. */
class WatchCommandTests {

    @TempDir
    Path folder;

    ImportTarget target;
    Path inbox;

    @BeforeEach
    void start() throws IOException {
        target = ImportTarget.start(folder);
        inbox = Files.createDirectories(folder.resolve("inbox"));
    }

    @AfterEach
    void stop() {
        target.close();
    }

    @Test
    void aLookImportsTheFinishedExportAndLeavesTheOneStillBeingWrittenAndTheTemporaryFiles() throws IOException {
        TicketSources.csv(inbox.resolve("monday.csv"), List.of(row("W-1", "发票开错了"), row("W-2", "无法登录")));
        Path growing = TicketSources.csv(inbox.resolve("tuesday.csv"), List.of(row("W-3", "退款进度")));
        List<Path> ignored = List.of(
                TicketSources.csv(inbox.resolve(".hidden.csv"), List.of(row("H-1", "隐藏"))),
                TicketSources.csv(inbox.resolve("wednesday.csv.part"), List.of(row("P-1", "还在上传"))),
                TicketSources.xlsx(inbox.resolve("~$monday.xlsx"), List.of(row("L-1", "锁文件"))));
        Pause stillWriting = moment -> append(growing, row("W-4", "又一行"));

        CommandRun run = CommandRun.kf5ImportAt(Clock.systemDefaultZone(), stillWriting, watchArgs("--once"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(target.keys()).containsExactlyInAnyOrder("W-1", "W-2");
        assertThat(inbox.resolve("processed/monday.csv")).exists();
        assertThat(inbox.resolve("processed/monday.csv.report/results.csv")).exists();
        assertThat(inbox.resolve("processed/monday.csv.report/summary.txt")).content(StandardCharsets.UTF_8)
                .contains("tickets created   2");
        assertThat(inbox.resolve("monday.csv")).doesNotExist();
        assertThat(growing).exists();
        assertThat(ignored).allSatisfy(file -> assertThat(file).exists());
    }

    @Test
    void aFileWithRejectedRowsMovesToFailedBesideItsRowsToFix() throws IOException {
        TicketSources.csv(inbox.resolve("monday.csv"), List.of(row("W-1", "发票开错了"), untitled("W-2")));

        CommandRun run = CommandRun.kf5ImportAt(Clock.systemDefaultZone(), moment -> { }, watchArgs("--once"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(inbox.resolve("failed/monday.csv")).exists();
        assertThat(inbox.resolve("failed/monday.csv.report/failed-rows.csv")).content(StandardCharsets.UTF_8)
                .contains("W-2", "row 3: column '标题'");
    }

    @Test
    void aFileTheMappingCannotReadMovesToFailedWithTheReason() throws IOException {
        Files.writeString(inbox.resolve("other.csv"), "id,subject\n1,hello\n");

        CommandRun run = CommandRun.kf5ImportAt(Clock.systemDefaultZone(), moment -> { }, watchArgs("--once"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(inbox.resolve("failed/other.csv.report/reason.txt")).content(StandardCharsets.UTF_8)
                .contains("has no column", "工单编号");
        assertThat(target.sandbox.state().ticketCount()).isZero();
    }

    @Test
    void aFileThatCannotBeReadPastALineMovesToFailedAfterTheRowsBeforeIt() throws IOException {
        Path export = inbox.resolve("export.csv");
        UnreadableSourceImportTests.write(export, Charset.forName("GBK"));
        Files.setLastModifiedTime(export, FileTime.from(Instant.now().minusSeconds(60)));

        CommandRun run = CommandRun.kf5ImportAt(Clock.systemDefaultZone(), moment -> { }, watchArgs("--once"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(inbox.resolve("failed/export.csv")).exists();
        assertThat(inbox.resolve("export.csv")).as("not tried again on every look").doesNotExist();
        assertThat(target.keys()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(UnreadableSourceImportTests.keys(230));
    }

    @Test
    void twoSchedulersRacingOnOneDatabaseImportEachFileExactlyOnce() throws Exception {
        for (int file = 1; file <= 3; file++) {
            TicketSources.csv(inbox.resolve("night-" + file + ".csv"), List.of(row("N" + file + "-1", "工单甲"),
                    row("N" + file + "-2", "工单乙")));
        }
        CyclicBarrier bothListedTheInbox = new CyclicBarrier(2);
        Pause meet = moment -> await(bothListedTheInbox);

        CompletableFuture<CommandRun> first = CompletableFuture.supplyAsync(() ->
                CommandRun.kf5ImportAt(Clock.systemDefaultZone(), meet, watchArgs("--once")));
        CompletableFuture<CommandRun> second = CompletableFuture.supplyAsync(() ->
                CommandRun.kf5ImportAt(Clock.systemDefaultZone(), meet, watchArgs("--once")));
        List<CommandRun> runs = List.of(first.get(5, TimeUnit.MINUTES), second.get(5, TimeUnit.MINUTES));

        assertThat(runs).allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK));
        assertThat(target.keys()).doesNotHaveDuplicates().hasSize(6);
        assertThat(inbox.resolve("processed")).isDirectoryContaining("glob:**/night-1.csv")
                .isDirectoryContaining("glob:**/night-2.csv").isDirectoryContaining("glob:**/night-3.csv");
        assertThat(JdbcClient.create(target.database.dataSource()).sql("SELECT count(*) FROM import_run")
                .query(Long.class).single()).as("one run per file").isEqualTo(3);
    }

    private String[] watchArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of("watch", "--inbox", inbox.toString(), "--mapping",
                TicketSources.MAPPING, "--stable-for", "30s"));
        args.addAll(target.options());
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private static void append(Path file, List<String> row) {
        try {
            Files.writeString(file, String.join(",", row) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CyclicBarrier barrier) throws InterruptedException {
        try {
            barrier.await(2, TimeUnit.MINUTES);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other scheduler never listed the inbox", e);
        }
    }
}
