package io.kf5importer.ledger;

import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTests {

    private static final String TARGET = "http://127.0.0.1:1";

    private DataSource dataSource;
    private DataSourceTransactionManager transactions;
    private Ledger ledger;
    private long runId;

    @BeforeEach
    void newDatabase() {
        dataSource = TestPostgres.newDatabase().dataSource();
        transactions = new DataSourceTransactionManager(dataSource);
        ledger = new Ledger(dataSource, transactions);
        runId = new RunHistory(dataSource).start("tickets.csv", "mapping.yml", TARGET);
    }

    @Test
    void aNewRowIsClaimedAsBeingSent() {
        Optional<LedgerRow> claimed = ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);

        assertThat(claimed).isPresent();
        assertThat(claimed.get().state()).isEqualTo(RowState.SENDING);
        assertThat(claimed.get().attempts()).isEqualTo(1);
        assertThat(claimed.get().sentAt()).isNotNull();
    }

    @Test
    void aCreatedRowCannotBeClaimedAgain() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.markCreated(TARGET, "GD-1", 1001, runId);

        Optional<LedgerRow> again = ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);

        assertThat(again).isEmpty();
        assertThat(ledger.find(TARGET, "GD-1").orElseThrow().ticketId()).isEqualTo(1001);
    }

    @Test
    void aRowLeftBeingSentCannotBeClaimedUntilReconciled() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);

        assertThat(ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId)).isEmpty();
        assertThat(ledger.rowsInFlight(TARGET)).extracting(LedgerRow::key).containsExactly("GD-1");
    }

    @Test
    void failedAndRejectedRowsAreClaimedAgainWithAnotherAttempt() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.markFailed(TARGET, "GD-1", "KF5 unavailable", runId);
        ledger.recordRejected(TARGET, "GD-2", "tickets.csv", 3, "title is empty", runId);

        LedgerRow first = ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId).orElseThrow();
        LedgerRow second = ledger.claim(TARGET, "GD-2", "tickets.csv", 3, "sha", runId).orElseThrow();

        assertThat(first.attempts()).isEqualTo(2);
        assertThat(first.message()).isNull();
        assertThat(second.state()).isEqualTo(RowState.SENDING);
    }

    @Test
    void aChunkOfNewRowsIsClaimedInOneGoAndKnownKeysAreLeftToClaimOneByOne() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.markCreated(TARGET, "GD-1", 1001, runId);
        ledger.recordRejected(TARGET, "GD-2", "tickets.csv", 3, "title is empty", runId);

        Set<String> claimed = ledger.claimNew(TARGET, List.of(new NewClaim("GD-1", "tickets.csv", 2, "sha1"),
                new NewClaim("GD-2", "tickets.csv", 3, "sha2"), new NewClaim("GD-3", "tickets.csv", 4, "sha3"),
                new NewClaim("GD-4", "tickets.csv", 6, "sha4")), runId);

        assertThat(claimed).containsExactlyInAnyOrder("GD-3", "GD-4");
        LedgerRow third = ledger.find(TARGET, "GD-3").orElseThrow();
        assertThat(third.state()).isEqualTo(RowState.SENDING);
        assertThat(third.attempts()).isEqualTo(1);
        assertThat(third.rowNumber()).isEqualTo(4);
        assertThat(third.payloadSha256()).isEqualTo("sha3");
        assertThat(third.sentAt()).isNotNull();
        assertThat(ledger.find(TARGET, "GD-1").orElseThrow().state()).isEqualTo(RowState.CREATED);
        assertThat(ledger.find(TARGET, "GD-2").orElseThrow().state()).isEqualTo(RowState.REJECTED);
    }

    @Test
    void ticketsOfAChunkAreRecordedInOneGo() {
        ledger.claimNew(TARGET, List.of(new NewClaim("GD-1", "tickets.csv", 2, "sha1"),
                new NewClaim("GD-2", "tickets.csv", 3, "sha2")), runId);

        ledger.markCreated(TARGET, Map.of("GD-1", 1001L, "GD-2", 1002L), runId);

        assertThat(ledger.find(TARGET, "GD-1").orElseThrow().ticketId()).isEqualTo(1001);
        assertThat(ledger.find(TARGET, "GD-2").orElseThrow().ticketId()).isEqualTo(1002);
        assertThat(ledger.rowsInFlight(TARGET)).isEmpty();
    }

    @Test
    void releasingClaimsOfRowsNeverSentForgetsThemButNeverARowSentBefore() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.markFailed(TARGET, "GD-1", "KF5 unavailable", runId);
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.claimNew(TARGET, List.of(new NewClaim("GD-2", "tickets.csv", 3, "sha2")), runId);

        ledger.releaseUnsent(TARGET, List.of("GD-1", "GD-2"), runId);

        assertThat(ledger.find(TARGET, "GD-2")).isEmpty();
        assertThat(ledger.find(TARGET, "GD-1").orElseThrow().state()).isEqualTo(RowState.SENDING);
    }

    @Test
    void aRejectionNeverOverwritesACreatedRow() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.markCreated(TARGET, "GD-1", 1001, runId);

        ledger.recordRejected(TARGET, "GD-1", "tickets.csv", 2, "title is empty", runId);

        assertThat(ledger.find(TARGET, "GD-1").orElseThrow().state()).isEqualTo(RowState.CREATED);
    }

    @Test
    void ofManyConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        Callable<Boolean> claim = () -> ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId).isPresent();

        List<Future<Boolean>> results = threads.invokeAll(java.util.Collections.nCopies(16, claim));
        threads.shutdown();

        long winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
    }

    @Test
    void aClaimCommitsEvenWhenTheCallersTransactionRollsBack() {
        TransactionTemplate chunk = new TransactionTemplate(transactions);

        chunk.executeWithoutResult(status -> {
            ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
            status.setRollbackOnly();
        });

        assertThat(ledger.find(TARGET, "GD-1")).map(LedgerRow::state).contains(RowState.SENDING);
    }

    @Test
    void attachmentTokensAreKeptForTheNextAttempt() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.saveAttachmentTokens(TARGET, "GD-1", List.of("tok1", "tok2"));
        ledger.markFailed(TARGET, "GD-1", "KF5 unavailable", runId);

        LedgerRow again = ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId).orElseThrow();

        assertThat(again.attachmentTokens()).containsExactly("tok1", "tok2");
    }

    @Test
    void theSameKeyInAnotherAccountIsAnotherRow() {
        ledger.claim(TARGET, "GD-1", "tickets.csv", 2, "sha", runId);
        ledger.markCreated(TARGET, "GD-1", 1001, runId);

        assertThat(ledger.claim("https://other.kf5.com", "GD-1", "tickets.csv", 2, "sha", runId)).isPresent();
    }
}
