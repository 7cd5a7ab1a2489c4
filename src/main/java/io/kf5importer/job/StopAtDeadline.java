package io.kf5importer.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Ends the import step at the first chunk boundary at or after a deadline ({@code --stop-at}): the chunk in flight
 * finishes and is recorded, the step and the job end {@code STOPPED}, and the next run of the same import picks up
 * from there. Without a deadline it does nothing.
 */
class StopAtDeadline implements StepExecutionListener, ChunkListener<PreparedRow, PreparedRow> {

    private static final Logger log = LoggerFactory.getLogger(StopAtDeadline.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Instant deadline;
    private final Clock clock;
    private final RunTracker run;
    private volatile StepExecution step;

    /**
     * @param deadline when to stop, or {@code null} for never
     */
    StopAtDeadline(Instant deadline, Clock clock, RunTracker run) {
        this.deadline = deadline;
        this.clock = clock;
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        stopIfDue();
    }

    @Override
    public void afterChunk(Chunk<PreparedRow> chunk) {
        stopIfDue();
    }

    private void stopIfDue() {
        if (deadline == null || clock.instant().isBefore(deadline) || step.isTerminateOnly()) {
            return;
        }
        String at = TIME.format(deadline.atZone(clock.getZone()));
        log.info("Reached --stop-at {}: stopping after the rows already sent; run the same import again to resume",
                at);
        run.stopBecause("stopped at " + at + " as asked by --stop-at; run the same import again to resume");
        step.setTerminateOnly();
    }
}
