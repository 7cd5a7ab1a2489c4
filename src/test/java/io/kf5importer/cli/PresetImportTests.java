package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.sandbox.Ticket;
import io.kf5importer.sandbox.User;
import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each preset of config/ imports its sample export of sample-data/exports/ into a sandbox seeded like the account the
 * presets expect; the only rows rejected are rows a person has to fix in the source.
 */
class PresetImportTests {

    static final Path SEED = Path.of("sample-data/exports/sandbox-seed.json");

    SandboxServer sandbox;
    String dbUrl;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.defaults().withSeedFile(SEED));
        dbUrl = TestPostgres.newDatabase().jdbcUrl();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void zendeskExportImportsEveryRowWithAgentsGroupsAndCustomFieldsByName() {
        CommandRun run = importPreset("zendesk-tickets.csv", "zendesk.yml");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("tickets created   30", "rejected          0");
        Ticket task = ticket("4110");
        assertThat(task.assigneeId()).isEqualTo(10013L);
        assertThat(task.groupId()).isEqualTo(601L);
        assertThat(task.type()).isEqualTo("task");
        assertThat(task.dueDate()).hasToString("2024-03-06T12:00");
        assertThat(task.description()).startsWith("Imported from Zendesk ticket #4110");
        assertThat(task.customFieldValue("field_214")).contains("否");
        Ticket refund = ticket("4118");
        assertThat(refund.customFieldValue("field_213")).map(Double::parseDouble).contains(129.5);
        assertThat(refund.customFieldValue("field_212")).contains("SO-2024-000984");
        assertThat(refund.priority()).isEqualTo("medium");
        assertThat(ticket("4128").status()).isEqualTo("pending");
        assertThat(ticket("4121").customFieldValue("field_211")).isEmpty();
    }

    @Test
    void jiraExportImportsEveryRowWithWatchersDatesAndAFallbackRequester() {
        CommandRun run = importPreset("jira-issues.csv", "jira.yml");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("tickets created   30", "rejected          0");
        Ticket change = ticket("SUP-125");
        assertThat(change.type()).isEqualTo("task");
        assertThat(change.status()).isEqualTo("closed");
        assertThat(change.dueDate()).hasToString("2024-03-01T23:59:59");
        assertThat(change.collaboratorIds()).containsExactly(10014L);
        assertThat(change.customFieldValue("field_221")).contains("Order change");
        assertThat(change.customFieldValue("field_223")).contains("2024-02-25");
        assertThat(change.tags()).contains("jira", "delivery", "Orders");
        assertThat(requester(ticket("SUP-124")).email()).isEqualTo("jira-import@example.com");
        assertThat(requester(ticket("SUP-129")).phone()).isEqualTo("13900002222");
    }

    @Test
    void udeskExportInGbkRejectsOnlyThePhoneExcelBroke() {
        CommandRun run = importPreset("udesk-tickets.csv", "udesk.yml");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(run.out()).contains("tickets created   29", "rejected          1");
        assertThat(rejectedRows(run)).isEqualTo("17");
        assertThat(run.out()).contains("row 17 (key 10244): column '提单人手机' value '1.38E+10'")
                .contains("scientific notation");
        Ticket landline = ticket("10236");
        assertThat(requester(landline).landline()).isEqualTo("028-1234569");
        assertThat(requester(landline).name()).isEqualTo("彭书言");
        assertThat(landline.groupId()).isEqualTo(611L);
        assertThat(landline.assigneeId()).isEqualTo(10021L);
        assertThat(landline.collaboratorIds()).containsExactly(10022L);
        assertThat(landline.customFieldValue("field_232")).contains("反馈标签");
        assertThat(landline.customFieldValue("field_231")).contains("售后问题/设备故障");
    }

    @Test
    void spreadsheetRejectsOnlyTheCopiedRowTheRowWithoutContactAndFilesOnAShare() {
        CommandRun run = importPreset("spreadsheet-tickets.csv", "spreadsheet.yml");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(run.out()).contains("tickets created   24", "rejected          6");
        assertThat(rejectedRows(run)).isEqualTo("10, 17, 24, 25, 31, 32");
        assertThat(run.out())
                .contains("row 24 (key GD20240313-020): key 'GD20240313-020' is also on row 23")
                .contains("row 31 (key GD20240317-028): column '提交人, 邮箱, 手机, 座机': no requester")
                .contains("row 10 (key GD20240307-008): column '附件' value '\\\\fileserver\\工单附件\\2024\\007.pdf':"
                        + " a network share path");
        assertThat(ticket("GD20240306-005").assigneeId()).isEqualTo(10034L);
        assertThat(ticket("GD20240304-001").comments().get(0).attachmentIds()).hasSize(1);
        assertThat(requester(ticket("GD20240305-004")).landline()).isEqualTo("010-65550000");
    }

    private CommandRun importPreset(String export, String preset) {
        return CommandRun.kf5Import("import", "--source", "sample-data/exports/" + export,
                "--mapping", "config/" + preset, "--url", sandbox.url(), "--email", "agent@example.com",
                "--token", "sandbox", "--db-url", dbUrl, "--db-user", "postgres", "--rate", "100000");
    }

    private Ticket ticket(String key) {
        return sandbox.state().tickets().stream()
                .filter(ticket -> ticket.customFieldValue("field_201").orElse("").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket for " + key));
    }

    private User requester(Ticket ticket) {
        return sandbox.state().user(ticket.requesterId()).orElseThrow();
    }

    /** The row numbers the summary lists as rejected, in order. */
    static String rejectedRows(CommandRun run) {
        Matcher rows = Pattern.compile("(?m)^  row (\\d+) \\(key ").matcher(run.out());
        StringBuilder numbers = new StringBuilder();
        while (rows.find()) {
            numbers.append(numbers.isEmpty() ? "" : ", ").append(rows.group(1));
        }
        return numbers.toString();
    }
}
