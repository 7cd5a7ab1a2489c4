package io.kf5importer.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.kf5importer.cli.TicketSources.row;
import static io.kf5importer.cli.TicketSources.untitled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented exit codes, each from a real run: 0 everything imported or already there, 1 rows rejected or
 * failed, 2 usage or configuration error, 3 stopped (see {@link StopAtTests}).
 */
class ExitCodeTests {

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
    void everyRowImportedOrAlreadyThereIsZeroAndARejectedRowIsOne() throws IOException {
        Path good = TicketSources.csv(folder.resolve("good.csv"), List.of(row("E-1", "发票开错了")));
        Path mixed = TicketSources.csv(folder.resolve("mixed.csv"), List.of(row("E-1", "发票开错了"),
                untitled("E-2")));

        int imported = CommandRun.kf5Import(target.importArgs(good)).exitCode();
        int alreadyThere = CommandRun.kf5Import(target.importArgs(good)).exitCode();
        int rejected = CommandRun.kf5Import(target.importArgs(mixed)).exitCode();

        assertThat(imported).isEqualTo(ExitCode.OK);
        assertThat(alreadyThere).isEqualTo(ExitCode.OK);
        assertThat(rejected).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
    }

    @Test
    void usageAndConfigurationErrorsAreTwoAndImportNothing() throws IOException {
        Path good = TicketSources.csv(folder.resolve("good.csv"), List.of(row("E-1", "发票开错了")));

        CommandRun badTime = CommandRun.kf5Import(target.importArgs(good, "--stop-at", "25:00"));
        CommandRun badFormat = CommandRun.kf5Import(target.importArgs(good, "--log-format", "xml"));
        CommandRun badCron = CommandRun.kf5Import("watch", "--inbox", folder.toString(), "--mapping",
                TicketSources.MAPPING, "--cron", "every night", "--url", target.sandbox.url(), "--email", "a@b.c",
                "--token", "t");
        CommandRun noSchedule = CommandRun.kf5Import("watch", "--inbox", folder.toString(), "--mapping",
                TicketSources.MAPPING);

        assertThat(List.of(badTime, badFormat, badCron, noSchedule))
                .allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE));
        assertThat(badFormat.err()).contains("--log-format takes one of [text, json], got 'xml'");
        assertThat(badCron.err()).contains("--cron 'every night' is not a cron expression");
        assertThat(noSchedule.err()).contains("--cron", "--every", "--once");
        assertThat(target.sandbox.state().ticketCount()).isZero();
        assertThat(Files.exists(target.reports)).isFalse();
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CommandRun help = CommandRun.kf5Import("--help");

        assertThat(help.out()).contains("Exit codes:", "0   everything imported, or already there",
                "1   finished with rows rejected or failed", "2   usage or configuration error",
                "3   stopped or aborted; run the same command again to resume", "watch");
    }
}
