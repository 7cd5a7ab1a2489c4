package io.kf5importer.job;

import io.kf5importer.ledger.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The step after every row was sent and settled: the incidents that waited for their problem row are sent with the
 * problem ticket's id, or rejected with the reason that row has no ticket. An incident can only name a problem, and a
 * problem names none, so one pass is enough. Creates that get no answer here are settled by the next step.
 */
public class LinkTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LinkTasklet.class);

    private final TicketSender sender;
    private final ProblemLinks links;
    private final RunTracker run;

    public LinkTasklet(TicketSender sender, ProblemLinks links, RunTracker run) {
        this.sender = sender;
        this.links = links;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<PreparedRow> waiting = run.takeWaiting();
        if (!waiting.isEmpty()) {
            log.info("Sending {} incidents that waited for their problem row", waiting.size());
        }
        Map<String, String> problemOf = new HashMap<>();
        waiting.forEach(row -> problemOf.put(row.key(), row.mapped().problemKey()));
        for (PreparedRow row : waiting) {
            send(links.linkOrReject(row, problemOf));
        }
        return RepeatStatus.FINISHED;
    }

    private void send(PreparedRow row) {
        RowOutcome outcome = sender.send(row, run.runId());
        switch (outcome.result()) {
            case CREATED -> done(outcome, new RunCounts(1, 1, 0, 0, 0));
            case SKIPPED -> done(outcome, new RunCounts(1, 0, 1, 0, 0));
            case UPDATED -> done(outcome, new RunCounts(1, 0, 0, 0, 0, 1, 0));
            case CHANGED -> done(outcome, new RunCounts(1, 0, 0, 0, 0, 0, 1));
            case REJECTED, FAILED -> {
                log.warn("Row {} of {} {}: {}", row.rowNumber(), row.sourceFile(),
                        outcome.result().name().toLowerCase(Locale.ROOT), outcome.message());
                run.recordProblem(outcome);
                boolean rejected = outcome.result() == RowOutcome.Result.REJECTED;
                run.add(new RunCounts(1, 0, 0, rejected ? 1 : 0, rejected ? 0 : 1));
            }
            case UNCERTAIN -> {
                run.add(new RunCounts(1, 0, 0, 0, 0));
                run.leaveUncertain(row);
            }
        }
    }

    /** Records a row that went through (or was there already) in the reports and the counts. */
    private void done(RowOutcome outcome, RunCounts counts) {
        run.recordDone(outcome);
        run.add(counts);
    }
}
