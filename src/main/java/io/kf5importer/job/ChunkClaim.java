package io.kf5importer.job;

import io.kf5importer.kf5.TicketJson;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.ledger.RowState;
import io.kf5importer.ledger.SeenRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one chunk written ahead together by {@link TicketSender#claimChunk}. Their created tickets are recorded
 * together when the claim is closed; until then a crash leaves them {@link RowState#SENDING}, to be reconciled with
 * KF5 like any row in flight. Rows the claim does not hold are sent as {@link TicketSender#send(PreparedRow, long)}
 * sends them. Thread-safe.
 */
public final class ChunkClaim implements AutoCloseable {

    private final TicketSender sender;
    private final Ledger ledger;
    private final String target;
    private final Map<String, TicketJson> claimed;
    private final long runId;
    private final Set<String> started = new HashSet<>();
    private final Map<String, Long> created = new HashMap<>();
    private final List<PreparedRow> seen = new ArrayList<>();
    private boolean closed;

    /** @param claimed the tickets of the rows written ahead, by key */
    ChunkClaim(TicketSender sender, Ledger ledger, String target, Map<String, TicketJson> claimed, long runId) {
        this.sender = sender;
        this.ledger = ledger;
        this.target = target;
        this.claimed = claimed;
        this.runId = runId;
    }

    /** Sends a row of the chunk. */
    public RowOutcome send(PreparedRow row) {
        TicketJson json = claimed.get(row.key());
        if (json == null || !start(row.key())) {
            RowOutcome outcome = sender.send(row, runId);
            if (outcome.result() == RowOutcome.Result.SKIPPED || outcome.result() == RowOutcome.Result.CHANGED
                    || outcome.result() == RowOutcome.Result.UPDATED) {
                synchronized (this) {
                    seen.add(row);
                }
            }
            return outcome;
        }
        LedgerRow entry = new LedgerRow(row.key(), row.sourceFile(), row.rowNumber(), RowState.SENDING, null, null,
                json.sha256(), List.of(), 1, Instant.now(), runId);
        return sender.create(row, entry, json, runId, this::recordCreated);
    }

    /**
     * Records the tickets created, in one statement, and takes back the claims of rows never sent (the run stopped
     * before them), so that a restart sends them without searching KF5 first. A row sent after this (it should not
     * be) has its ticket recorded on its own. Rows found already imported are recorded as seen by this run, on their
     * row: a later row of the run with the same key is then a duplicate.
     */
    @Override
    public void close() {
        Map<String, Long> tickets;
        List<String> unsent;
        List<SeenRow> found;
        synchronized (this) {
            closed = true;
            tickets = Map.copyOf(created);
            unsent = claimed.keySet().stream().filter(key -> !started.contains(key)).toList();
            found = seen.stream().map(row -> new SeenRow(row.key(), row.sourceFile(), row.rowNumber())).toList();
        }
        ledger.markCreated(target, tickets, runId);
        ledger.releaseUnsent(target, unsent, runId);
        ledger.markSeen(target, found, runId);
    }

    private synchronized boolean start(String key) {
        return !closed && started.add(key);
    }

    private void recordCreated(PreparedRow row, long ticketId, long runId) {
        synchronized (this) {
            if (!closed) {
                created.put(row.key(), ticketId);
                return;
            }
        }
        ledger.markCreated(target, row.key(), ticketId, runId);
    }
}
