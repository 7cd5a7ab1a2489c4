package io.kf5importer.job;

import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.source.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;


/**
 * Maps records ({@link #prepare}: a record the reader could not read becomes a rejected row with the reader's
 * reason), and holds back (filters out of the chunk) an incident whose problem row has no ticket yet, for the run's
 * link step.
 */
public class RowProcessor implements ItemProcessor<PreparedRow, PreparedRow> {

    private final TicketMapper mapper;
    private final String sourceFile;
    private final ProblemLinks links;
    private final RunTracker run;

    public RowProcessor(TicketMapper mapper, String sourceFile, ProblemLinks links, RunTracker run) {
        this.mapper = mapper;
        this.sourceFile = sourceFile;
        this.links = links;
        this.run = run;
    }

    @Override
    public PreparedRow process(PreparedRow row) {
        if (!ProblemLinks.waits(row)) {
            return row;
        }
        PreparedRow linked = links.link(row).orElse(null);
        if (linked == null) {
            links.recordWaiting(row, run.runId());
            run.waitForProblem(row);
        }
        return linked;
    }

    /** The record mapped, without holding an incident back: what the reader hands to {@link #process}. */
    PreparedRow prepare(SourceRecord record) {
        return new PreparedRow(mapper.map(record), sourceFile, record);
    }
}
