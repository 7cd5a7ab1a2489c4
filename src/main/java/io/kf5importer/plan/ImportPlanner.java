package io.kf5importer.plan;

import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.mapping.MappedRow;
import io.kf5importer.mapping.RowProblem;
import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Rehearses an import: maps every row as the import would, decides what the import would do with it — create it,
 * skip it (the ledger has its ticket), reject it (its problems, a key an earlier row of the file has, a problem row
 * that will have no ticket) — and hands each body to be created to a consumer, without sending anything.
 */
public final class ImportPlanner {

    private final TicketMapper mapper;
    private final ImportedRows imported;
    private final Consumer<TicketRequest> bodies;

    private final PlanTally tally = new PlanTally();
    private final Map<String, Planned> byKey = new HashMap<>();
    private final List<MappedRow> waiting = new ArrayList<>();

    /** What the plan decided for a key, to judge later rows with the same key or naming it as their problem. */
    private record Planned(long rowNumber, String type, boolean created, String problemKey) {
    }

    /**
     * @param imported what the ledger knows of the target, or {@link ImportedRows#UNKNOWN}
     * @param bodies receives the request body of each row to create, in the order decided
     */
    public ImportPlanner(TicketMapper mapper, ImportedRows imported, Consumer<TicketRequest> bodies) {
        this.mapper = mapper;
        this.imported = imported;
        this.bodies = bodies;
    }

    /**
     * Reads the whole source and plans it.
     *
     * @param lookups the reads of the account the import would make (as counted while planning), or {@code -1}
     * @param ratePerMinute the pace of the import's requests
     */
    public ImportPlan plan(SourceReader reader, LongSupplier lookups, int ratePerMinute) {
        for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
            tally.read();
            decide(mapper.map(record));
        }
        waiting.forEach(this::decideLink);
        return tally.plan(imported != ImportedRows.UNKNOWN, mapper.uncheckedByDesign(), lookups.getAsLong(),
                ratePerMinute);
    }

    private void decide(MappedRow row) {
        if (imported.ticketOf(row.key()).isPresent()) {
            tally.skip();
            return;
        }
        if (row.isRejected()) {
            reject(row, row.problems());
            return;
        }
        Planned earlier = byKey.get(row.key());
        if (earlier != null && earlier.created()) {
            reject(row, List.of(new RowProblem(null, row.key(), "key '" + row.key() + "' is also on row "
                    + earlier.rowNumber() + ", which this import creates; give each row its own key")));
            return;
        }
        if (row.problemKey() != null && imported.ticketOf(row.problemKey()).isEmpty()) {
            byKey.put(row.key(), new Planned(row.rowNumber(), row.ticket().type(), true, row.problemKey()));
            waiting.add(row);
            return;
        }
        create(row);
    }

    /** An incident naming its problem by a row key that the ledger does not know: that row must be created first. */
    private void decideLink(MappedRow row) {
        Planned problem = byKey.get(row.problemKey());
        String reason = problem == null ? "problem_id names the row key '" + row.problemKey() + "', which no row of "
                + "this file has and no earlier import created"
                : !problem.created() ? "its problem row '" + row.problemKey() + "' (row " + problem.rowNumber()
                        + ") is rejected, so it will have no ticket; fix that row"
                : !"problem".equals(problem.type()) ? notAProblem(row, problem)
                : null;
        if (reason == null) {
            create(row);
            return;
        }
        byKey.put(row.key(), new Planned(row.rowNumber(), row.ticket().type(), false, row.problemKey()));
        reject(row, List.of(new RowProblem(null, row.problemKey(), reason)));
    }

    private String notAProblem(MappedRow row, Planned problem) {
        String type = problem.type() == null ? "a ticket of no type" : "an " + problem.type();
        boolean cycle = row.key().equals(problem.problemKey());
        return "problem_id names row '" + row.problemKey() + "' (row " + problem.rowNumber() + "), " + type
                + (cycle ? ", which names this row in turn (a cycle)" : "")
                + "; problem_id must name a ticket of type problem";
    }

    private void create(MappedRow row) {
        byKey.put(row.key(), new Planned(row.rowNumber(), row.ticket().type(), true, row.problemKey()));
        tally.create(row);
        bodies.accept(problemTicket(row));
    }

    /** The body as the import sends it: a problem the ledger knows is filled in now, a new one when it exists. */
    private TicketRequest problemTicket(MappedRow row) {
        Optional<Long> problem = row.problemKey() == null ? Optional.empty() : imported.ticketOf(row.problemKey());
        return problem.map(row.ticket()::withProblemId).orElse(row.ticket());
    }

    private void reject(MappedRow row, List<RowProblem> problems) {
        byKey.putIfAbsent(row.key(), new Planned(row.rowNumber(), null, false, null));
        tally.reject(row.rowNumber(), problems);
    }
}
