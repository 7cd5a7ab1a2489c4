package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.kf5importer.cli.TicketSources.row;
import static io.kf5importer.cli.TicketSources.untitled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials from a private file; the token never shows in the logs (text or JSON), the reports, the database (job
 * parameters included) or {@code status}. The importer runs as its own process so that every log line is seen.
 */
class SecretsTests {

    private static final String EMAIL = "agent@example.com";

    @TempDir
    Path folder;

    String token = "kf5-secret-" + UUID.randomUUID();
    ImportTarget target;

    @BeforeEach
    void start() throws IOException {
        target = ImportTarget.start(folder, SandboxSettings.defaults().withPort(0).withCredentials(EMAIL, token, null));
    }

    @AfterEach
    void stop() {
        target.close();
    }

    @Test
    void theTokenFromAPrivateConfigFileIsUsedAndShowsNowhere() throws Exception {
        Path config = credentialsFile("rw-------");
        Path export = TicketSources.csv(folder.resolve("export.csv"), List.of(row("C-1", "发票开错了"),
                untitled("C-2")));
        Path nextExport = TicketSources.csv(folder.resolve("next.csv"), List.of(row("C-3", "无法登录"),
                untitled("C-4")));

        ProcessRun text = runImporter(config, export);
        ProcessRun json = runImporter(config, nextExport, "--log-format", "json");
        CommandRun status = CommandRun.kf5Import("status", "--db-url", target.database.jdbcUrl(), "--db-user",
                "postgres");
        CommandRun statusOfRun = CommandRun.kf5Import("status", "1", "--db-url", target.database.jdbcUrl(),
                "--db-user", "postgres");

        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(target.keys()).containsExactlyInAnyOrder("C-1", "C-3");
        List<String> everything = new ArrayList<>(List.of(text.out(), text.err(), json.out(), json.err(),
                status.out(), status.err(), statusOfRun.out()));
        everything.addAll(reportFiles());
        everything.addAll(databaseRows());
        String authorization = Base64.getEncoder().encodeToString((EMAIL + "/token:" + token)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(everything).isNotEmpty().noneMatch(text1 -> text1.contains(token) || text1.contains(authorization));
        assertThat(databaseRows()).anyMatch(row -> row.contains("export.csv"));
    }

    @Test
    void textLogsNameTheRunOnEveryLineOfIt() throws Exception {
        Path export = TicketSources.csv(folder.resolve("export.csv"), List.of(row("C-1", "发票开错了"),
                untitled("C-2")));

        ProcessRun run = runImporter(credentialsFile("rw-------"), export);

        List<String> runLines = run.err().lines().dropWhile(line -> !line.contains("Run 1: importing"))
                .filter(line -> !line.startsWith("progress: ")).toList();
        assertThat(runLines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("[run 1] "));
        assertThat(run.err()).contains("progress: run 1: 2 of 2 rows (100%)");
        assertThat(runLines).filteredOn(line -> line.contains(" WARN ")).singleElement()
                .satisfies(line -> assertThat(line).contains("Row 3 of export.csv rejected: column '标题'"));
        assertThat(runLines).anySatisfy(line -> assertThat(line).contains("INFO  [run 1] Run 1 COMPLETED",
                "1 created", "1 rejected"));
    }

    @Test
    void jsonLogsAreOneObjectPerLineWithTheRunId() throws Exception {
        Path export = TicketSources.csv(folder.resolve("export.csv"), List.of(row("C-1", "发票开错了"),
                untitled("C-2")));

        ProcessRun run = runImporter(credentialsFile("rw-------"), export, "--log-format", "json");

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = run.err().lines().map(json::readTree).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.path("@timestamp").isString()).isTrue());
        assertThat(lines).filteredOn(line -> line.path("message").asString().startsWith("Row 3 of export.csv"))
                .singleElement().satisfies(line -> {
                    assertThat(line.path("log").path("level").asString()).isEqualTo("WARN");
                    assertThat(line.path("run").asString()).isEqualTo("1");
                });
        assertThat(lines).anySatisfy(line -> assertThat(line.path("message").asString())
                .startsWith("progress: run 1: 2 of 2"));
    }

    @Test
    void aConfigFileOthersCanReadIsRefusedBeforeAnythingStarts() throws IOException {
        Path config = credentialsFile("rw-r--r--");
        Path export = TicketSources.csv(folder.resolve("export.csv"), List.of(row("C-1", "发票开错了")));

        CommandRun run = CommandRun.kf5Import("import", "--source", export.toString(), "--mapping",
                TicketSources.MAPPING, "--config", config.toString(), "--db-url", target.database.jdbcUrl(),
                "--db-user", "postgres");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("can be used by other users (rw-r--r--)", "chmod 600 " + config)
                .doesNotContain(token);
        assertThat(target.sandbox.state().ticketCount()).isZero();
    }

    private Path credentialsFile(String permissions) throws IOException {
        Path file = folder.resolve("credentials-" + permissions.replace('-', '_') + ".properties");
        Files.writeString(file, "# KF5 account for the nightly import\nurl=" + target.sandbox.url() + "\nemail="
                + EMAIL + "\ntoken=" + token + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private ProcessRun runImporter(Path config, Path source, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Kf5ImportCommand.class.getName(),
                "import", "--source", source.toString(), "--mapping", TicketSources.MAPPING,
                "--config", config.toString(), "--db-url", target.database.jdbcUrl(), "--db-user", "postgres",
                "--reports", target.reports.toString(), "--rate", "100000"));
        command.addAll(List.of(extra));
        Path out = folder.resolve("out-" + UUID.randomUUID() + ".txt");
        Path err = folder.resolve("err-" + UUID.randomUUID() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KF5_"));
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the importer ends").isTrue();
        return new ProcessRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> reportFiles() throws IOException {
        try (Stream<Path> files = Files.walk(target.reports)) {
            List<String> contents = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                contents.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
            assertThat(contents).as("reports were written").isNotEmpty();
            return contents;
        }
    }

    /** Every row of every table, as text: the ledger, the run history and Spring Batch's job repository. */
    private List<String> databaseRows() {
        JdbcClient jdbc = JdbcClient.create(target.database.dataSource());
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " 'public' AND table_type = 'BASE TABLE'").query(String.class).list();
        assertThat(tables).contains("import_row", "import_run", "batch_job_execution_params");
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            rows.addAll(jdbc.sql("SELECT CAST(t AS text) FROM \"" + table + "\" t").query(String.class).list());
        }
        return rows;
    }

    private record ProcessRun(int exitCode, String out, String err) {
    }
}
