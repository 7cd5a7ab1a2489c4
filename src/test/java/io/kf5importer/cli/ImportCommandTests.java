package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxFaults;
import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.sandbox.Ticket;
import io.kf5importer.testing.TestPostgres;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job end to end: the command line, a real PostgreSQL and the sandbox over HTTP. */
class ImportCommandTests {

    static final int GOOD_SAMPLE_ROWS = 52;

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
    void sampleCsvCreatesOneTicketPerGoodRowAndRejectsEachBadRowWithItsReason() throws IOException {
        CommandRun run = importSample("sample-data/tickets.csv");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(sandbox.state().ticketCount()).isEqualTo(GOOD_SAMPLE_ROWS);
        assertThat(markers(sandbox)).doesNotHaveDuplicates().hasSize(GOOD_SAMPLE_ROWS);
        assertThat(run.out())
                .contains("tickets created   52", "rejected          11")
                .contains("row 59 (key GD202403-053)", "row 60 (key GD202403-054)", "挂起")
                .contains("row 61 (key GD202403-055)", "1.38E+10");
    }

    @Test
    void createdTicketsCarryTheMappedFieldValues() throws IOException {
        importSample("sample-data/tickets.csv");

        JsonNode first = getTicket(ticketWithKey("GD202403-001").id());

        assertThat(first.path("title").asString()).isEqualTo("APP登录后闪退");
        assertThat(first.path("type").asString()).isEqualTo("incident");
        assertThat(first.path("status").asString()).isEqualTo("new");
        assertThat(first.path("priority").asString()).isEqualTo("high");
        assertThat(first.path("description").asString()).startsWith("更新到 5.2.0 版本后,一登录就闪退。\n");
        assertThat(strings(first.path("tags"))).contains("闪退", "登录", "迁移导入");
        assertThat(ticketWithKey("GD202403-001").comments().get(0).attachmentIds()).hasSize(1);
    }

    @Test
    void aSecondRunCreatesNothingAndSaysSo() {
        importSample("sample-data/tickets.csv");

        CommandRun again = importSample("sample-data/tickets.csv");

        assertThat(sandbox.state().ticketCount()).isEqualTo(GOOD_SAMPLE_ROWS);
        assertThat(again.out())
                .contains("tickets created   0", "already imported  52")
                .contains("Nothing new was created");
    }

    @Test
    void workbookRowsImportWithDatesAndNumbersAsAPersonReadsThem() {
        CommandRun run = importSample("sample-data/tickets.xlsx");

        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(sandbox.state().ticketCount()).isEqualTo(GOOD_SAMPLE_ROWS);
        assertThat(markers(sandbox)).allMatch(key -> key.startsWith("XL-"));
        assertThat(sandbox.state().users()).anyMatch(user -> "13800001002".equals(user.phone()));
    }

    @Test
    void createsWhoseAnswerIsLostAreFoundInKf5InsteadOfSentAgain() throws IOException {
        sandbox.close();
        sandbox = SandboxServer.start(SandboxSettings.defaults().withPort(0)
                .withFaults(SandboxFaults.parse("drop-after-commit=0.3,error5xx=0.1"), 42L));

        CommandRun run = CommandRun.kf5Import("import", "--source", "sample-data/tickets.csv",
                "--mapping", "config/mapping.yml", "--url", sandbox.url(), "--email", "agent@example.com",
                "--token", "sandbox", "--db-url", dbUrl, "--db-user", "postgres", "--rate", "100000",
                "--read-timeout", "2");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(markers(sandbox)).doesNotHaveDuplicates().hasSize(GOOD_SAMPLE_ROWS);
    }

    @Test
    void wrongCredentialsStopTheRunBeforeAnythingIsSent() {
        CommandRun run = CommandRun.kf5Import("import", "--source", "sample-data/tickets.csv",
                "--mapping", "config/mapping.yml", "--url", sandbox.url(), "--email", "agent@example.com",
                "--token", "wrong", "--db-url", dbUrl, "--db-user", "postgres");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("agent@example.com").doesNotContain("wrong");
        assertThat(sandbox.state().ticketCount()).isZero();
    }

    @Test
    void statusListsTheRunsWithTheirCounts() {
        importSample("sample-data/tickets.csv");

        CommandRun status = CommandRun.kf5Import("status", "--db-url", dbUrl, "--db-user", "postgres");

        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("COMPLETED").contains("tickets.csv").containsPattern("63\\s+52\\s+0\\s+11");
    }

    private CommandRun importSample(String source) {
        return CommandRun.kf5Import("import", "--source", source, "--mapping", "config/mapping.yml",
                "--url", sandbox.url(), "--email", "agent@example.com", "--token", "sandbox",
                "--db-url", dbUrl, "--db-user", "postgres", "--rate", "100000");
    }

    static List<String> markers(SandboxServer sandbox) {
        return sandbox.state().tickets().stream()
                .map(ticket -> ticket.customFieldValue("field_201").orElse("(none)"))
                .toList();
    }

    private Ticket ticketWithKey(String key) {
        return sandbox.state().tickets().stream()
                .filter(ticket -> ticket.customFieldValue("field_201").orElse("").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode getTicket(long id) throws IOException {
        Request request = new Request.Builder()
                .url(sandbox.url() + "/apiv2/tickets/" + id + ".json")
                .header("Authorization", Credentials.basic("agent@example.com/token", "sandbox"))
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.body().string()).path("ticket");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
