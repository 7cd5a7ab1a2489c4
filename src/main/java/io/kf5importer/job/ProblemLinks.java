package io.kf5importer.job;

import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.ledger.RowState;
import io.kf5importer.mapping.MappedRow;
import io.kf5importer.mapping.RowProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the problem ticket's id into an incident whose mapping names its problem by another row's key. The ledger
 * says whether that row's ticket exists (created by this run or an earlier one); when it does not yet, the incident
 * waits for the run's link step, after every other row was sent.
 */
public class ProblemLinks {

    private final Ledger ledger;
    private final String target;

    public ProblemLinks(Ledger ledger, String target) {
        this.ledger = ledger;
        this.target = target;
    }

    /** Whether the row waits for a problem row: it is to be sent and names its problem by a row key. */
    static boolean waits(PreparedRow row) {
        return !row.mapped().isRejected() && row.mapped().problemKey() != null;
    }

    /** The row with its problem ticket's id, or empty when that ticket does not exist yet. */
    Optional<PreparedRow> link(PreparedRow row) {
        return problemTicket(row.mapped().problemKey())
                .map(id -> new PreparedRow(row.mapped().withProblemId(id), row.sourceFile(), row.source()));
    }

    /**
     * The row linked, or, when its problem row has no ticket after all, rejected with the reason why.
     *
     * @param waiting every waiting row's key → the key of the problem row it names, to tell an incident that names
     *        another waiting incident (or a cycle of them) from a missing row
     */
    PreparedRow linkOrReject(PreparedRow row, Map<String, String> waiting) {
        String problemKey = row.mapped().problemKey();
        String reason = waiting.containsKey(problemKey) ? namesAnIncident(row.key(), problemKey, waiting) : null;
        Optional<PreparedRow> linked = reason == null ? link(row) : Optional.empty();
        if (linked.isPresent()) {
            return linked.get();
        }
        MappedRow mapped = row.mapped();
        MappedRow rejected = MappedRow.rejected(mapped.rowNumber(), mapped.key(),
                List.of(new RowProblem(null, problemKey, reason != null ? reason : whyNot(problemKey))));
        return new PreparedRow(rejected, row.sourceFile(), row.source());
    }

    /** Why naming another waiting row is wrong: that row is an incident, not a problem; maybe a cycle. */
    private static String namesAnIncident(String key, String problemKey, Map<String, String> waiting) {
        List<String> chain = new ArrayList<>(List.of(key, problemKey));
        for (String next = waiting.get(problemKey); next != null && !chain.contains(next); next = waiting.get(next)) {
            chain.add(next);
        }
        String last = waiting.get(chain.get(chain.size() - 1));
        String cycle = last != null && chain.contains(last) ? " (a cycle: " + String.join(" → ", chain) + " → "
                + last + ")" : "";
        return "problem_id names row '" + problemKey + "', an incident that itself names a problem row" + cycle
                + "; problem_id must name a ticket of type problem";
    }

    /** Records that the row waits, so that a run that dies before its link step shows it and the next one sends it. */
    void recordWaiting(PreparedRow row, long runId) {
        ledger.recordRejected(target, row.key(), row.sourceFile(), row.rowNumber(), "waiting for its problem row '"
                + row.mapped().problemKey() + "', sent after the other rows", runId);
    }

    private Optional<Long> problemTicket(String key) {
        return ledger.find(target, key).filter(known -> known.state() == RowState.CREATED).map(LedgerRow::ticketId);
    }

    private String whyNot(String key) {
        Optional<LedgerRow> known = ledger.find(target, key);
        if (known.isEmpty()) {
            return "problem_id names the row key '" + key + "', but no row with that key was imported: none has "
                    + "it, or it is itself an incident waiting for a problem (problem_id must name a problem ticket)";
        }
        LedgerRow problem = known.get();
        return switch (problem.state()) {
            case SENDING -> "its problem row '" + key + "' (row " + problem.rowNumber() + ") got no answer from KF5 "
                    + "yet; run the import again to settle it and send this row";
            case REJECTED, FAILED -> "its problem row '" + key + "' (row " + problem.rowNumber() + ") was not "
                    + "created: " + problem.message() + "; fix that row and run again";
            case CREATED -> "its problem row '" + key + "' was created meanwhile; run again";
        };
    }
}
