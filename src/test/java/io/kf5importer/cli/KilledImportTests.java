package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An import killed with {@code kill -9} half way, then run again, ends with exactly one ticket per good row. */
class KilledImportTests {

    SandboxServer sandbox;
    String dbUrl;

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
    void anImportKilledHalfWayAndRunAgainEndsWithExactlyOneTicketPerGoodRow() throws Exception {
        Process importer = startImporterProcess("--rate", "240");
        await().atMost(Duration.ofMinutes(2)).until(() -> sandbox.state().ticketCount() >= 15 || !importer.isAlive());
        assertThat(importer.isAlive()).as("the import is still running when it is killed").isTrue();

        importer.destroyForcibly();
        importer.waitFor(30, TimeUnit.SECONDS);
        int beforeRestart = sandbox.state().ticketCount();
        CommandRun again = CommandRun.kf5Import(importArgs("--rate", "100000"));

        assertThat(beforeRestart).isLessThan(ImportCommandTests.GOOD_SAMPLE_ROWS);
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(again.out()).contains("(resumed)");
        assertThat(ImportCommandTests.markers(sandbox))
                .doesNotHaveDuplicates()
                .hasSize(ImportCommandTests.GOOD_SAMPLE_ROWS);
    }

    private Process startImporterProcess(String... extra) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Kf5ImportCommand.class.getName()));
        command.addAll(List.of(importArgs(extra)));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private String[] importArgs(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--source", "sample-data/tickets.csv",
                "--mapping", "config/mapping.yml", "--url", sandbox.url(), "--email", "agent@example.com",
                "--token", "sandbox", "--db-url", dbUrl, "--db-user", "postgres", "--chunk-size", "5",
                "--read-timeout", "3"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }
}
