package io.kf5importer.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTests {

    @TempDir
    Path home;

    @Test
    void dataSurvivesARestartOfTheServer() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrJoin(home)) {
            execute(server, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrJoin(home)) {
            assertThat(queryInt(server, "SELECT id FROM kept")).isEqualTo(42);
        }
    }

    @Test
    void theLedgerIsWrittenToDiskBeforeACommitReturns() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrJoin(home)) {

            assertThat(queryText(server, "SHOW fsync")).isEqualTo("on");
            assertThat(queryText(server, "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void aSecondImporterOnTheSameHomeJoinsTheRunningServer() throws Exception {
        try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.startOrJoin(home);
                EmbeddedPostgresServer guest = EmbeddedPostgresServer.startOrJoin(home)) {

            assertThat(owner.isOwner()).isTrue();
            assertThat(guest.isOwner()).isFalse();
            assertThat(guest.port()).isEqualTo(owner.port());
            assertThat(queryInt(guest, "SELECT 1")).isEqualTo(1);
        }
    }

    @Test
    void theServerOfAKilledImporterIsStoppedAndTheNextOneStarts() throws Exception {
        Process importer = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                OwnEmbeddedPostgres.class.getName(), home.toString())
                .redirectErrorStream(true)
                .start();
        awaitReady(importer);
        importer.destroyForcibly();
        importer.waitFor(30, TimeUnit.SECONDS);
        PostmasterPid orphan = PostmasterPid.read(home.resolve("pgdata")).orElseThrow();
        assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

        try (EmbeddedPostgresServer next = EmbeddedPostgresServer.startOrJoin(home)) {

            assertThat(next.isOwner()).isTrue();
            assertThat(ProcessHandle.of(orphan.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(queryInt(next, "SELECT 1")).isEqualTo(1);
        }
    }

    private static void awaitReady(Process process) throws Exception {
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("READY")) {
                return;
            }
        }
        throw new AssertionError("the child importer ended before its database was ready");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = dataSource(server).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = dataSource(server).getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String queryText(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = dataSource(server).getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static PGSimpleDataSource dataSource(EmbeddedPostgresServer server) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        dataSource.setUser("postgres");
        return dataSource;
    }
}
