package io.kf5importer.cli;

import io.kf5importer.sandbox.RequestLogEntry;
import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import paced above what KF5 allows is answered 429, slows down, and still loses no row. Counts only, from the
 * sandbox's request log and the import's summary; no clock is read.
 */
class ThrottledImportTests {

    /** KF5 allows 600 requests a minute, counted per second: 10 in each second. */
    static final int KF5_RATE = 600;

    SandboxServer sandbox;
    String dbUrl;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.defaults().withPort(0).withRatePerMinute(KF5_RATE)
                .withRateWindow(Duration.ofSeconds(1)));
        dbUrl = TestPostgres.newDatabase().jdbcUrl();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anImportFasterThanKf5AllowsIsAnswered429SlowsDownAndFailsNoRow() {
        CommandRun run = CommandRun.kf5Import("import", "--source", "sample-data/tickets.csv",
                "--mapping", "config/mapping.yml", "--url", sandbox.url(), "--email", "agent@example.com",
                "--token", "sandbox", "--db-url", dbUrl, "--db-user", "postgres",
                "--rate", "6000", "--headroom", "1", "--concurrency", "4",
                "--reports", dir.resolve("reports").toString(), "--progress", "none");

        List<RequestLogEntry> requests = sandbox.state().requests();
        long tooMany = requests.stream().filter(request -> request.status() == 429).count();
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(run.out()).contains("failed            0", "rejected          11");
        assertThat(tooMany).isPositive();
        assertThat(pace(run.out())).isLessThan(6000);
        assertThat(run.out()).contains("held back         " + tooMany + " answers 429");
        assertThat(ImportCommandTests.markers(sandbox)).doesNotHaveDuplicates()
                .hasSize(ImportCommandTests.GOOD_SAMPLE_ROWS);
        assertThat(requests).filteredOn(request -> request.status() == 429)
                .extracting(RequestLogEntry::path)
                .as("uploads, creates and lookups share the one bucket, so any of them may meet the limit")
                .isSubsetOf("/apiv2/tickets.json", "/apiv2/attachments.json", "/apiv2/users/me.json");
    }

    /** The pace the summary says the throttle ended at, in requests a minute. */
    private static int pace(String summary) {
        Matcher pace = Pattern.compile("pace now (\\d+) of (\\d+) requests a minute").matcher(summary);
        assertThat(pace.find()).as(summary).isTrue();
        assertThat(pace.group(2)).isEqualTo("6000");
        return Integer.parseInt(pace.group(1));
    }
}
