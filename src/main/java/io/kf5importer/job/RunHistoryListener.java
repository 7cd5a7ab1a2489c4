package io.kf5importer.job;

import io.kf5importer.ledger.RunHistory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Ties the run in the history to its job execution, and records how it ended. */
class RunHistoryListener implements JobExecutionListener {

    private final RunTracker run;
    private final RunHistory history;

    RunHistoryListener(RunTracker run, RunHistory history) {
        this.run = run;
        this.history = history;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        history.attachJobExecution(run.runId(), execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        history.finish(run.runId(), execution.getStatus().name(), ImportLauncher.failureOf(execution, run));
    }
}
