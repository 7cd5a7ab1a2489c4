package io.kf5importer.ledger;

import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the ledger keeps for delta imports and schedulers: fingerprints, files imported whole, the inbox lock. */
class DeltaLedgerTests {

    private static final String TARGET = "http://127.0.0.1:1";

    private DataSource dataSource;
    private Ledger ledger;
    private long runId;

    @BeforeEach
    void newDatabase() {
        dataSource = TestPostgres.newDatabase().dataSource();
        ledger = new Ledger(dataSource, new DataSourceTransactionManager(dataSource));
        runId = new RunHistory(dataSource).start("tickets.csv", "mapping.yml", TARGET);
    }

    @Test
    void aRowSentAgainAfterReconciliationKeepsTheFingerprintOfTheBodySentLast() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "first-body", runId);

        ledger.resend(TARGET, "GD-1", "second-body", runId);
        ledger.markCreated(TARGET, "GD-1", 1001, runId);

        assertThat(ledger.find(TARGET, "GD-1").orElseThrow().payloadSha256()).isEqualTo("second-body");
    }

    @Test
    void anUpdatedTicketKeepsTheFingerprintOfItsNewContentAndStaysCreated() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "monday", runId);
        ledger.markCreated(TARGET, "GD-1", 1001, runId);

        ledger.markUpdated(TARGET, "GD-1", "tuesday", runId);

        LedgerRow row = ledger.find(TARGET, "GD-1").orElseThrow();
        assertThat(row.payloadSha256()).isEqualTo("tuesday");
        assertThat(row.state()).isEqualTo(RowState.CREATED);
        assertThat(row.ticketId()).isEqualTo(1001);
    }

    @Test
    void aFileImportedWholeIsKnownByItsContentMappingAccountAndReading() {
        ImportedFiles files = new ImportedFiles(dataSource);
        ImportedFile monday = new ImportedFile(TARGET, "abc", "map", "sheet=null", "/in/monday.csv");

        files.recordImportedWhole(monday, runId);
        files.recordImportedWhole(monday, runId + 1);

        assertThat(files.importedWholeBy(new ImportedFile(TARGET, "abc", "map", "sheet=null", "/elsewhere.csv")))
                .contains(runId);
        assertThat(files.importedWholeBy(new ImportedFile(TARGET, "abc", "other-map", "sheet=null", "x"))).isEmpty();
        assertThat(files.importedWholeBy(new ImportedFile(TARGET, "abc", "map", "sheet=2", "x"))).isEmpty();
        assertThat(files.importedWholeBy(new ImportedFile("https://other.kf5.com", "abc", "map", "sheet=null", "x")))
                .isEmpty();
    }

    @Test
    void aSecondSchedulerWaitsForTheInboxLockUntilTheFirstLetsGo() throws Exception {
        InboxLock first = InboxLock.acquire(dataSource);

        CompletableFuture<InboxLock> second = CompletableFuture.supplyAsync(() -> {
            try {
                return InboxLock.acquire(dataSource);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> advisoryLocksWaiting() == 1);
        boolean waitedWhileHeld = !second.isDone();
        first.close();

        assertThat(waitedWhileHeld).isTrue();
        second.get(30, TimeUnit.SECONDS).close();
        assertThat(advisoryLocksWaiting()).isZero();
    }

    private long advisoryLocksWaiting() {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
                .query(Long.class).single();
    }
}
