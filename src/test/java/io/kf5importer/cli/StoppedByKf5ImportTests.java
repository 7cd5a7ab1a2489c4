package io.kf5importer.cli;

import io.kf5importer.sandbox.RequestLogEntry;
import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.testing.TestPostgres;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failures every row would share stop the run with one message: before it starts as a configuration error (exit
 * code 2) or KF5 out of reach (3); during it as a stopped run (3) that the same command resumes, sending no row twice
 * even though the chunk in flight was cut short.
 */
class StoppedByKf5ImportTests {

    @TempDir
    Path dir;

    String dbUrl;
    SandboxServer sandbox;
    final List<SandboxServer> closed = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        dbUrl = TestPostgres.newDatabase().jdbcUrl();
        sandbox = SandboxServer.start(settings(0));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void credentialsRefusedMidRunStopTheRunWithExitCode3AndTheRerunSendsNoRowTwice() throws Exception {
        int port = sandbox.port();
        CompletableFuture<CommandRun> importing = CompletableFuture.supplyAsync(() -> importSample(port, "300"));
        await().atMost(Duration.ofMinutes(1)).until(() -> sandbox.state().ticketCount() >= 10);

        restartSandbox(settings(port).withCredentials("agent@example.com", "rotated", null));
        CommandRun stopped = importing.get(2, TimeUnit.MINUTES);
        restartSandbox(settings(port));
        CommandRun resumed = importSample(port, "100000");

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(ExitCode.STOPPED);
        assertThat(stopped.out()).contains("The run ended early: KF5 refused the credentials for agent@example.com");
        assertThat(occurrences(stopped.out() + stopped.err(), "refused the credentials")).isEqualTo(1);
        assertThat(stopped.out() + stopped.err()).doesNotContain("Exception", "\tat ");
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(resumed.out()).contains("(resumed)");
        assertThat(ImportCommandTests.markers(sandbox)).doesNotHaveDuplicates()
                .hasSize(ImportCommandTests.GOOD_SAMPLE_ROWS);
        assertThat(createsAnswered201()).isEqualTo(ImportCommandTests.GOOD_SAMPLE_ROWS);
    }

    @Test
    void kf5UnreachableForLongerThanTheWindowStopsTheRunWithExitCode3AndTheRerunCompletes() throws Exception {
        int port = sandbox.port();
        CompletableFuture<CommandRun> importing = CompletableFuture.supplyAsync(() -> importSample(port, "300",
                "--unreachable-after", "2"));
        await().atMost(Duration.ofMinutes(1)).until(() -> sandbox.state().ticketCount() >= 10);

        sandbox.close();
        closed.add(sandbox);
        CommandRun stopped = importing.get(2, TimeUnit.MINUTES);
        sandbox = SandboxServer.start(settings(port));
        CommandRun resumed = importSample(port, "100000");
        // A row whose five attempts all fell inside the outage, before it had lasted the window, failed for good in
        // a chunk that was saved: the resumed run does not read it again, the next run sends it.
        CommandRun next = importSample(port, "100000");

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(ExitCode.STOPPED);
        assertThat(stopped.out()).contains("The run ended early: KF5 unreachable for");
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(resumed.out()).contains("(resumed)");
        assertThat(next.exitCode()).as(next.out() + next.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(ImportCommandTests.markers(sandbox)).doesNotHaveDuplicates()
                .hasSize(ImportCommandTests.GOOD_SAMPLE_ROWS);
    }

    @Test
    void kf5OutOfReachBeforeTheRunEndsWithExitCode3AndSendsNothing() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            freePort = socket.getLocalPort();
        }

        CommandRun run = importSample(freePort, "100000", "--unreachable-after", "1");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.STOPPED);
        assertThat(run.err()).contains("KF5 unreachable for").contains("run again later");
    }

    @Test
    void anAddressThatIsNotKf5IsAConfigurationErrorBeforeTheRun() throws IOException {
        try (MockWebServer notKf5 = new MockWebServer()) {
            notKf5.start(InetAddress.getByName("127.0.0.1"), 0);
            notKf5.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "text/html")
                    .body("<html><body>Not Found</body></html>").build());

            CommandRun run = importSample(notKf5.getPort(), "100000");

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("does not look like a KF5 account");
            assertThat(notKf5.getRequestCount()).isEqualTo(1);
        }
    }

    private CommandRun importSample(int port, String rate, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "--source", "sample-data/tickets.csv",
                "--mapping", "config/mapping.yml", "--url", "http://127.0.0.1:" + port,
                "--email", "agent@example.com", "--token", "sandbox", "--db-url", dbUrl, "--db-user", "postgres",
                "--rate", rate, "--chunk-size", "5", "--read-timeout", "2",
                "--reports", dir.resolve("reports").toString(), "--progress", "none"));
        args.addAll(List.of(extra));
        return CommandRun.kf5Import(args.toArray(String[]::new));
    }

    private SandboxSettings settings(int port) {
        return SandboxSettings.defaults().withPort(port).withStateFile(dir.resolve("kf5-state.json"));
    }

    /** The same KF5 (its tickets kept in the state file) back on the same port with other settings. */
    private void restartSandbox(SandboxSettings settings) throws IOException {
        sandbox.close();
        closed.add(sandbox);
        sandbox = SandboxServer.start(settings);
    }

    private long createsAnswered201() {
        List<SandboxServer> all = new ArrayList<>(closed);
        all.add(sandbox);
        return all.stream().flatMap(server -> server.state().requests().stream())
                .filter(request -> request.method().equals("POST") && request.path().equals("/apiv2/tickets.json"))
                .map(RequestLogEntry::status)
                .filter(status -> status == 201)
                .count();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
