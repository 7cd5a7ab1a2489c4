package io.kf5importer.cli;

import io.kf5importer.sandbox.RequestLogEntry;
import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan of validate and import --dry-run against what the import then does, counted in the sandbox's log. */
class PlanForecastTests {

    SandboxServer sandbox;
    String dbUrl;

    /** The API calls a plan forecasts, or that an import made. */
    record Calls(long creates, long uploads, long lookups) {

        static Calls forecastIn(String plan) {
            return new Calls(number(plan, "ticket creates"), number(plan, "attachment uploads"),
                    number(plan, "lookups"));
        }

        static Calls madeIn(List<RequestLogEntry> log) {
            return new Calls(count(log, "POST", "/apiv2/tickets.json"), count(log, "POST", "/apiv2/attachments.json"),
                    log.stream().filter(request -> request.method().equals("GET")).count());
        }

        private static long count(List<RequestLogEntry> log, String method, String path) {
            return log.stream().filter(request -> request.method().equals(method) && request.path().equals(path))
                    .count();
        }

        private static long number(String plan, String label) {
            Matcher line = Pattern.compile("(?m)^  " + label + " +(\\d+)").matcher(plan);
            assertThat(line.find()).as("'%s' in the plan:%n%s", label, plan).isTrue();
            return Long.parseLong(line.group(1));
        }
    }

    @BeforeEach
    void database() {
        dbUrl = TestPostgres.newDatabase().jdbcUrl();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @CsvSource({
            "sample-data/tickets.csv, config/mapping.yml,",
            "sample-data/exports/spreadsheet-tickets.csv, config/spreadsheet.yml,"
                    + " sample-data/exports/sandbox-seed.json",
            "sample-data/exports/zendesk-tickets.csv, config/zendesk.yml, sample-data/exports/sandbox-seed.json"})
    void planForecastsExactlyTheCallsTheImportThenMakes(String source, String mapping, String seed)
            throws IOException {
        start(seed);

        CommandRun plan = run("validate", source, mapping);
        int before = sandbox.state().requests().size();
        CommandRun run = run("import", source, mapping);
        List<RequestLogEntry> log = sandbox.state().requests();

        assertThat(run.err()).doesNotContain("ERROR");
        assertThat(Calls.madeIn(log.subList(before, log.size()))).isEqualTo(Calls.forecastIn(plan.out()));
        assertThat(run.out()).contains("tickets created   " + Calls.forecastIn(plan.out()).creates());
    }

    @Test
    void planAfterAnImportSkipsTheRowsTheLedgerHas() throws IOException {
        start(null);
        run("import", "sample-data/tickets.csv", "config/mapping.yml");

        CommandRun plan = run("validate", "sample-data/tickets.csv", "config/mapping.yml");

        assertThat(plan.out()).contains("to create          0", "to skip            52  (already imported)",
                "to reject          11", "ticket creates     0", "attachment uploads 0");
    }

    @Test
    void dryRunWritesNothingAndPrintsThePlanWithRejectionsGroupedByCause() throws IOException {
        start(null);

        CommandRun dryRun = run("import", "sample-data/tickets.csv", "config/mapping.yml", "--dry-run");

        assertThat(dryRun.exitCode()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(sandbox.state().requests()).allMatch(request -> request.method().equals("GET"));
        assertThat(sandbox.state().ticketCount()).isZero();
        assertThat(dryRun.out()).contains("Plan (nothing was written to KF5)", "to create          52",
                "to skip            0  (already imported)", "to reject          11")
                .containsPattern("2 × column '标题': the ticket's title is empty.*\\n\\s+rows 59, 68\\n")
                .containsPattern("attachment uploads \\d+  \\(\\d+\\.\\d KB\\)")
                .contains("Estimated duration");
        assertThat(run("import", "sample-data/tickets.csv", "config/mapping.yml").out())
                .contains("tickets created   52");
    }

    @Test
    void offlineValidationChecksTheFileAndSaysWhatNeedsTheAccount() throws IOException {
        start(null);

        CommandRun plan = CommandRun.kf5Import("validate", "--source", "sample-data/exports/zendesk-tickets.csv",
                "--mapping", "config/zendesk.yml", "--url", "");

        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(ExitCode.OK);
        assertThat(plan.out()).contains("offline", "to create          30", "lookups            unknown (offline)")
                .contains("Not checked: names in id fields")
                .contains("Not checked: custom field '产品' is named by its label")
                .contains("Not checked: rows already imported")
                .contains("Rows with values only the KF5 account can check: 30");
        assertThat(sandbox.state().requests()).isEmpty();
    }

    @Test
    void customFieldTheAccountLacksStopsTheRehearsalNamingTheClosest() throws IOException {
        start(null);

        CommandRun plan = run("validate", "sample-data/exports/zendesk-tickets.csv", "config/zendesk.yml");

        assertThat(plan.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(plan.err()).contains("ticket.custom_fields.产品").contains("not a ticket field of the KF5 account");
    }

    private void start(String seed) throws IOException {
        SandboxSettings settings = SandboxSettings.defaults();
        sandbox = SandboxServer.start(seed == null ? settings : settings.withSeedFile(Path.of(seed)));
    }

    private CommandRun run(String command, String source, String mapping, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--source", source, "--mapping", mapping,
                "--url", sandbox.url(), "--email", "agent@example.com", "--token", "sandbox",
                "--db-url", dbUrl, "--db-user", "postgres", "--rate", "100000"));
        args.addAll(List.of(more));
        return CommandRun.kf5Import(args.toArray(String[]::new));
    }
}
