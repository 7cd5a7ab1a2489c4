package io.kf5importer.job;

import io.kf5importer.ledger.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.List;

/**
 * The run's last step: rows whose create got no answer are looked for in KF5 once the send has settled, and sent
 * again only if KF5 has no ticket for them. A row still uncertain after a few rounds stays in the ledger as being
 * sent, and the next run settles it.
 */
public class SettleTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(SettleTasklet.class);
    private static final int ROUNDS = 3;

    private final TicketSender sender;
    private final RunTracker run;

    public SettleTasklet(TicketSender sender, RunTracker run) {
        this.sender = sender;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<PreparedRow> uncertain = run.takeUncertain();
        for (int round = 1; round <= ROUNDS && !uncertain.isEmpty(); round++) {
            log.info("Settling {} rows whose create got no answer (round {} of {})", uncertain.size(), round, ROUNDS);
            for (PreparedRow row : uncertain) {
                settle(row);
            }
            uncertain = run.takeUncertain();
        }
        for (PreparedRow row : uncertain) {
            String reason = "still no answer from KF5 and no ticket found; run the import again to settle it";
            log.warn("Row {} of {}: {}", row.rowNumber(), row.sourceFile(), reason);
            run.recordProblem(RowOutcome.failed(row, reason));
            run.add(new RunCounts(0, 0, 0, 0, 1));
        }
        return RepeatStatus.FINISHED;
    }

    private void settle(PreparedRow row) {
        RowOutcome outcome = sender.send(row, run.runId());
        switch (outcome.result()) {
            case CREATED -> {
                run.recordDone(outcome);
                run.add(new RunCounts(0, 1, 0, 0, 0));
            }
            case FAILED -> {
                log.warn("Row {} of {} failed: {}", row.rowNumber(), row.sourceFile(), outcome.message());
                run.recordProblem(outcome);
                run.add(new RunCounts(0, 0, 0, 0, 1));
            }
            case UNCERTAIN -> run.leaveUncertain(row);
            default -> {
                run.recordDone(outcome);
                run.add(new RunCounts(0, 0, 1, 0, 0));
            }
        }
    }
}
