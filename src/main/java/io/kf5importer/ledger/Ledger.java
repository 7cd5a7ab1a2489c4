package io.kf5importer.ledger;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of every run, keyed by target account and row key. Thread-safe.
 *
 * <p>Every method is one statement that commits on its own, outside any transaction of the caller's (which is
 * suspended: {@code NOT_SUPPORTED}, on a connection in auto-commit), so a rollback of the caller's transaction never
 * undoes what the ledger recorded about a request that already left. A single statement needs no transaction of its
 * own: auto-commit saves the {@code BEGIN}/{@code COMMIT} round trips, two of the four a ticket costs.
 */
public class Ledger {

    private static final String COLUMNS = "row_key, source_file, row_number, state, ticket_id, message,"
            + " payload_sha256, attachment_tokens, attempts, sent_at, run_id";

    private final JdbcClient jdbc;
    private final TransactionTemplate outsideCallersTransaction;

    public Ledger(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = JdbcClient.create(dataSource);
        this.outsideCallersTransaction = new TransactionTemplate(transactionManager);
        this.outsideCallersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    public Optional<LedgerRow> find(String target, String key) {
        return outsideCallersTransaction.execute(status -> jdbc
                .sql("SELECT " + COLUMNS + " FROM import_row WHERE target_url = ? AND row_key = ?")
                .params(target, key)
                .query(ROW)
                .optional());
    }

    /**
     * Writes ahead that the row is about to be sent, when nothing was sent for it yet or its earlier attempt ended
     * rejected or failed. Atomic: of two callers claiming one key, one wins.
     *
     * @return the claimed row, or empty when the key is {@link RowState#CREATED} or {@link RowState#SENDING}
     */
    public Optional<LedgerRow> claim(String target, String key, String sourceFile, long rowNumber,
            String payloadSha256, long runId) {
        return outsideCallersTransaction.execute(status -> jdbc.sql("""
                INSERT INTO import_row AS r (target_url, row_key, source_file, row_number, state, payload_sha256,
                                             attempts, sent_at, run_id)
                VALUES (?, ?, ?, ?, 'SENDING', ?, 1, now(), ?)
                ON CONFLICT (target_url, row_key) DO UPDATE
                   SET state = 'SENDING', source_file = EXCLUDED.source_file, row_number = EXCLUDED.row_number,
                       payload_sha256 = EXCLUDED.payload_sha256, message = NULL, attempts = r.attempts + 1,
                       sent_at = now(), run_id = EXCLUDED.run_id, updated_at = now()
                 WHERE r.state IN ('REJECTED', 'FAILED')
                RETURNING\s""" + COLUMNS)
                .params(target, key, sourceFile, rowNumber, payloadSha256, runId)
                .query(ROW)
                .optional());
    }

    /**
     * Writes ahead, in one statement, that rows whose keys the ledger has never seen are about to be sent: the batch
     * form of {@link #claim} for the common case of a migration, one round trip for a chunk instead of one per row.
     * Keys the ledger knows already (in any state) are left alone and not returned: claim them one by one.
     *
     * @param rows rows with distinct keys
     * @return the keys claimed, each now {@link RowState#SENDING} with one attempt
     */
    public Set<String> claimNew(String target, List<NewClaim> rows, long runId) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        String[] keys = rows.stream().map(NewClaim::key).toArray(String[]::new);
        String[] files = rows.stream().map(NewClaim::sourceFile).toArray(String[]::new);
        long[] numbers = rows.stream().mapToLong(NewClaim::rowNumber).toArray();
        String[] fingerprints = rows.stream().map(NewClaim::payloadSha256).toArray(String[]::new);
        List<String> claimed = outsideCallersTransaction.execute(status -> jdbc.sql("""
                INSERT INTO import_row (target_url, row_key, source_file, row_number, state, payload_sha256,
                                        attempts, sent_at, run_id)
                SELECT ?, k, f, n, 'SENDING', s, 1, now(), ?
                  FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[]) AS claim(k, f, n, s)
                ON CONFLICT (target_url, row_key) DO NOTHING
                RETURNING row_key""")
                .params(target, runId, keys, files, numbers, fingerprints)
                .query(String.class)
                .list());
        return new HashSet<>(claimed);
    }

    /**
     * Takes back claims of {@link #claimNew} whose rows were never sent (the run stopped first): they go, as if never
     * claimed, instead of waiting to be reconciled with KF5 as rows in flight.
     */
    public void releaseUnsent(String target, Collection<String> keys, long runId) {
        if (keys.isEmpty()) {
            return;
        }
        update("DELETE FROM import_row WHERE target_url = ? AND row_key = ANY(?) AND state = 'SENDING'"
                + " AND attempts = 1 AND run_id = ?", target, keys.toArray(String[]::new), runId);
    }

    /**
     * Records that this run met rows already created, each on its row of its file: a later row of the run with one
     * of their keys is then told apart as a duplicate ({@code run_id} is this run's, the row number another).
     */
    public void markSeen(String target, List<SeenRow> rows, long runId) {
        if (rows.isEmpty()) {
            return;
        }
        update("""
                UPDATE import_row AS r
                   SET run_id = ?, source_file = seen.f, row_number = seen.n, updated_at = now()
                  FROM unnest(?::text[], ?::text[], ?::bigint[]) AS seen(k, f, n)
                 WHERE r.target_url = ? AND r.row_key = seen.k AND r.state = 'CREATED'""", runId,
                rows.stream().map(SeenRow::key).toArray(String[]::new),
                rows.stream().map(SeenRow::sourceFile).toArray(String[]::new),
                rows.stream().mapToLong(SeenRow::rowNumber).toArray(), target);
    }

    /** {@link #markCreated} for many rows in one statement: key to ticket id. */
    public void markCreated(String target, Map<String, Long> ticketIds, long runId) {
        if (ticketIds.isEmpty()) {
            return;
        }
        String[] keys = ticketIds.keySet().toArray(String[]::new);
        long[] ids = Arrays.stream(keys).mapToLong(ticketIds::get).toArray();
        update("""
                UPDATE import_row AS r
                   SET state = 'CREATED', ticket_id = created.id, message = NULL, run_id = ?, updated_at = now()
                  FROM unnest(?::text[], ?::bigint[]) AS created(k, id)
                 WHERE r.target_url = ? AND r.row_key = created.k""", runId, keys, ids, target);
    }

    /**
     * Records another send of a row already {@link RowState#SENDING}, after reconciliation found no ticket. The
     * fingerprint becomes that of the body sent now, which may differ from the first attempt's.
     */
    public void resend(String target, String key, String payloadSha256, long runId) {
        update("UPDATE import_row SET attempts = attempts + 1, sent_at = now(), payload_sha256 = ?, run_id = ?,"
                + " updated_at = now() WHERE target_url = ? AND row_key = ? AND state = 'SENDING'",
                payloadSha256, runId, target, key);
    }

    /** Records that a created ticket was updated to the row's current content, with that content's fingerprint. */
    public void markUpdated(String target, String key, String payloadSha256, long runId) {
        update("UPDATE import_row SET payload_sha256 = ?, message = NULL, run_id = ?, updated_at = now()"
                + " WHERE target_url = ? AND row_key = ? AND state = 'CREATED'", payloadSha256, runId, target, key);
    }

    public void saveAttachmentTokens(String target, String key, List<String> tokens) {
        outsideCallersTransaction.executeWithoutResult(status -> jdbc.sql(
                "UPDATE import_row SET attachment_tokens = ?, updated_at = now() WHERE target_url = ? AND row_key = ?")
                .param(tokens.toArray(String[]::new))
                .param(target)
                .param(key)
                .update());
    }

    public void markCreated(String target, String key, long ticketId, long runId) {
        update("UPDATE import_row SET state = 'CREATED', ticket_id = ?, message = NULL, run_id = ?,"
                + " updated_at = now() WHERE target_url = ? AND row_key = ?", ticketId, runId, target, key);
    }

    /** Records a send that failed for sure: KF5 has no ticket for it. */
    public void markFailed(String target, String key, String message, long runId) {
        update("UPDATE import_row SET state = 'FAILED', message = ?, run_id = ?, updated_at = now()"
                + " WHERE target_url = ? AND row_key = ? AND state = 'SENDING'", message, runId, target, key);
    }

    /** Records why the row cannot be sent; a row already created or in flight keeps its state. */
    public void recordRejected(String target, String key, String sourceFile, long rowNumber, String reason,
            long runId) {
        update("""
                INSERT INTO import_row AS r (target_url, row_key, source_file, row_number, state, message, run_id)
                VALUES (?, ?, ?, ?, 'REJECTED', ?, ?)
                ON CONFLICT (target_url, row_key) DO UPDATE
                   SET state = 'REJECTED', source_file = EXCLUDED.source_file, row_number = EXCLUDED.row_number,
                       message = EXCLUDED.message, run_id = EXCLUDED.run_id, updated_at = now()
                 WHERE r.state IN ('REJECTED', 'FAILED')""", target, key, sourceFile, rowNumber, reason, runId);
    }

    /** Rows of a target still {@link RowState#SENDING}, oldest send first. */
    public List<LedgerRow> rowsInFlight(String target) {
        return outsideCallersTransaction.execute(status -> jdbc
                .sql("SELECT " + COLUMNS + " FROM import_row WHERE target_url = ? AND state = 'SENDING'"
                        + " ORDER BY sent_at")
                .param(target)
                .query(ROW)
                .list());
    }

    /** Rows a run left rejected or failed, in source order. */
    public List<LedgerRow> problemsOfRun(long runId) {
        return outsideCallersTransaction.execute(status -> jdbc
                .sql("SELECT " + COLUMNS + " FROM import_row WHERE run_id = ? AND state IN ('REJECTED', 'FAILED')"
                        + " ORDER BY source_file, row_number")
                .param(runId)
                .query(ROW)
                .list());
    }

    private void update(String sql, Object... params) {
        outsideCallersTransaction.executeWithoutResult(status -> jdbc.sql(sql).params(params).update());
    }

    private static final RowMapper<LedgerRow> ROW = (rs, rowNum) -> new LedgerRow(
            rs.getString("row_key"),
            rs.getString("source_file"),
            rs.getLong("row_number"),
            RowState.valueOf(rs.getString("state")),
            nullableLong(rs, "ticket_id"),
            rs.getString("message"),
            rs.getString("payload_sha256"),
            tokens(rs.getArray("attachment_tokens")),
            rs.getInt("attempts"),
            instant(rs.getTimestamp("sent_at")),
            nullableLong(rs, "run_id"));

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> tokens(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
