package io.kf5importer.job;

import io.kf5importer.ledger.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settles the rows whose create got no answer, and the rows an earlier run left being sent: each is looked for in
 * KF5 once the send has settled, and sent again only if KF5 has no ticket for it. A row still uncertain after a few
 * rounds stays in the ledger as being sent, and the next run settles it. A stop request ends the step between rows;
 * the rows left are settled when the import is run again.
 */
public class SettleTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SettleTasklet.class);
    private static final int ROUNDS = 3;

    private final TicketSender sender;
    private final RunTracker run;
    private final RowsLeftInFlight leftInFlight;
    private final StopRequest stop;

    /**
     * @param leftInFlight the rows an earlier run left being sent, or {@code null} to settle this run's rows only
     */
    SettleTasklet(TicketSender sender, RunTracker run, RowsLeftInFlight leftInFlight, StopRequest stop) {
        this.sender = sender;
        this.run = run;
        this.leftInFlight = leftInFlight;
        this.stop = stop;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<UnsettledRow> uncertain = withRowsLeftInFlight(run.takeUncertain());
        for (int round = 1; round <= ROUNDS && !uncertain.isEmpty() && !stop.requested(); round++) {
            log.info("Settling {} rows whose create got no answer (round {} of {})", uncertain.size(), round, ROUNDS);
            // One listing of the tickets created since the round's earliest send serves every row of the round.
            Reconciler.Round shared = sender.settleRound(uncertain);
            for (UnsettledRow row : uncertain) {
                if (stop.requested()) {
                    return RepeatStatus.FINISHED;
                }
                settle(row, shared);
            }
            uncertain = run.takeUncertain();
        }
        for (UnsettledRow unsettled : uncertain) {
            PreparedRow row = unsettled.row();
            String reason = "still no answer from KF5 and no ticket found; run the import again to settle it";
            log.warn("Row {} of {}: {}", row.rowNumber(), row.sourceFile(), reason);
            run.recordProblem(RowOutcome.failed(row, reason));
            run.add(new RunCounts(0, 0, 0, 0, 1));
        }
        return RepeatStatus.FINISHED;
    }

    /** Adds the rows an earlier run left being sent: they may have reached KF5 until this run began. */
    private List<UnsettledRow> withRowsLeftInFlight(List<UnsettledRow> uncertain) {
        if (leftInFlight == null) {
            return uncertain;
        }
        Set<String> keys = uncertain.stream().map(row -> row.row().key()).collect(Collectors.toSet());
        List<UnsettledRow> rows = new ArrayList<>(uncertain);
        for (PreparedRow row : leftInFlight.read(keys)) {
            rows.add(new UnsettledRow(row, run.startedAt()));
        }
        return rows;
    }

    private void settle(UnsettledRow unsettled, Reconciler.Round shared) {
        PreparedRow row = unsettled.row();
        RowOutcome outcome = sender.settle(row, unsettled.since(), run.runId(), shared);
        switch (outcome.result()) {
            case CREATED -> {
                run.recordDone(outcome);
                run.add(new RunCounts(0, 1, 0, 0, 0));
            }
            case REJECTED, FAILED -> {
                log.warn("Row {} of {} {}: {}", row.rowNumber(), row.sourceFile(),
                        outcome.result() == RowOutcome.Result.REJECTED ? "rejected" : "failed", outcome.message());
                run.recordProblem(outcome);
                boolean rejected = outcome.result() == RowOutcome.Result.REJECTED;
                run.add(new RunCounts(0, 0, 0, rejected ? 1 : 0, rejected ? 0 : 1));
            }
            case UNCERTAIN -> run.leaveUncertain(row);
            default -> {
                run.recordDone(outcome);
                run.add(new RunCounts(0, 0, 1, 0, 0));
            }
        }
    }
}
