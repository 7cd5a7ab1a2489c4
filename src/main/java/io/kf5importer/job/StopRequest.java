package io.kf5importer.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The operator's request to stop the import (Ctrl-C, SIGTERM): rows already being sent finish and are recorded, no
 * further row is started, and the step ends {@code STOPPED}, so the job can be restarted where it stopped.
 *
 * <p>The request is passed to the step running in this process through its live {@link StepExecution}
 * ({@code setTerminateOnly}), which the step checks between chunks. {@code JobOperator.stop} is not used: in Spring
 * Batch 6.0 it marks the job in the repository, which a running chunk-oriented step does not read, so the step ran
 * to its end. Thread-safe.
 */
public class StopRequest implements StepExecutionListener {

    private volatile boolean requested;

    private volatile StepExecution running;

    /** Asks the running step, and any later one, to stop. */
    public void request() {
        requested = true;
        StepExecution step = running;
        if (step != null) {
            step.setTerminateOnly();
        }
    }

    /** Whether a stop was asked for; rows not started yet are then left for the restart. */
    public boolean requested() {
        return requested;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        running = stepExecution;
        if (requested) {
            stepExecution.setTerminateOnly();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        running = null;
        return null;
    }
}
