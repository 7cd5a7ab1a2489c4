package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SIGTERM (or Ctrl-C) lets the rows in flight finish, records them, ends the run STOPPED, and the rerun resumes. */
class StoppedImportTests {

    SandboxServer sandbox;
    String dbUrl;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.defaults().withPort(0));
        dbUrl = TestPostgres.newDatabase().jdbcUrl();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anImportSentSigtermStopsWithExitCode3AndTheSameCommandResumesExactlyOnce() throws Exception {
        Path log = dir.resolve("import.log");
        Process importer = ImporterProcess.start(importArgs("--rate", "300"), log);
        await().atMost(Duration.ofMinutes(2)).until(() -> sandbox.state().ticketCount() >= 10 || !importer.isAlive());
        assertThat(importer.isAlive()).as("the import is still running when it is stopped").isTrue();

        importer.destroy();
        int exitCode = ImporterProcess.exitCodeOf(importer, 120);
        int createdBeforeResume = sandbox.state().ticketCount();
        CommandRun status = CommandRun.kf5Import("status", "--db-url", dbUrl, "--db-user", "postgres");
        CommandRun again = CommandRun.kf5Import(importArgs("--rate", "100000").toArray(String[]::new));

        assertThat(exitCode).as(Files.readString(log)).isEqualTo(ExitCode.STOPPED);
        assertThat(Files.readString(log)).contains("stopping after the rows in flight");
        assertThat(status.out()).contains("STOPPED");
        assertThat(createdBeforeResume).isLessThan(ImportCommandTests.GOOD_SAMPLE_ROWS);
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(again.out()).contains("(resumed)");
        assertThat(ImportCommandTests.markers(sandbox))
                .doesNotHaveDuplicates()
                .hasSize(ImportCommandTests.GOOD_SAMPLE_ROWS);
    }

    private List<String> importArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "--source", "sample-data/tickets.csv",
                "--mapping", "config/mapping.yml", "--url", sandbox.url(), "--email", "agent@example.com",
                "--token", "sandbox", "--db-url", dbUrl, "--db-user", "postgres", "--chunk-size", "5",
                "--read-timeout", "3", "--reports", dir.resolve("reports").toString(), "--progress", "none"));
        args.addAll(List.of(extra));
        return args;
    }
}
