package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.sandbox.Ticket;
import io.kf5importer.testing.TestPostgres;
import io.kf5importer.testing.TestPostgres.TestDatabase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What an end-to-end test imports into: the sandbox, a fresh database, a reports folder, and the options for them. */
final class ImportTarget implements AutoCloseable {

    final SandboxServer sandbox;
    final TestDatabase database;
    final Path reports;

    private ImportTarget(SandboxServer sandbox, TestDatabase database, Path reports) {
        this.sandbox = sandbox;
        this.database = database;
        this.reports = reports;
    }

    static ImportTarget start(Path folder) throws IOException {
        return start(folder, SandboxSettings.defaults().withPort(0));
    }

    static ImportTarget start(Path folder, SandboxSettings settings) throws IOException {
        return new ImportTarget(SandboxServer.start(settings), TestPostgres.newDatabase(), folder.resolve("reports"));
    }

    /** The account, database and reports options, as fast as the sandbox allows, without a progress display. */
    List<String> options() {
        return List.of("--url", sandbox.url(), "--email", "agent@example.com", "--token", "sandbox",
                "--db-url", database.jdbcUrl(), "--db-user", "postgres", "--rate", "100000",
                "--reports", reports.toString(), "--progress", "none");
    }

    /** {@code import --source FILE --mapping config/mapping.yml} with {@link #options()} and the extra ones. */
    String[] importArgs(Path source, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "--source", source.toString(),
                "--mapping", TicketSources.MAPPING));
        args.addAll(options());
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    Ticket ticket(String key) {
        return sandbox.state().tickets().stream()
                .filter(ticket -> ticket.customFieldValue("field_201").orElse("").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket with key " + key));
    }

    List<String> keys() {
        return ImportCommandTests.markers(sandbox);
    }

    Path reportFolder(long runId) {
        return reports.resolve("run-" + runId);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
