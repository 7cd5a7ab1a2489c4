package io.kf5importer.ledger;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The runs of the importer and their live counts. Statements run outside any transaction of the caller's, each
 * committing at once, so that {@code status} shows a run's progress while it goes on. Thread-safe.
 */
public class RunHistory {

    private final JdbcClient jdbc;

    public RunHistory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public long start(String sourceFile, String mappingFile, String targetUrl) {
        return jdbc.sql("INSERT INTO import_run (source_file, mapping_file, target_url, state)"
                        + " VALUES (?, ?, ?, 'STARTED') RETURNING id")
                .params(sourceFile, mappingFile, targetUrl)
                .query(Long.class)
                .single();
    }

    public void attachJobExecution(long runId, long jobExecutionId) {
        jdbc.sql("UPDATE import_run SET job_execution_id = ? WHERE id = ?").params(jobExecutionId, runId).update();
    }

    /** Adds to a run's counts atomically. */
    public void add(long runId, RunCounts delta) {
        jdbc.sql("UPDATE import_run SET rows_read = rows_read + ?, created = created + ?, skipped = skipped + ?,"
                        + " rejected = rejected + ?, failed = failed + ?, updated = updated + ?, changed = changed + ?"
                        + " WHERE id = ?")
                .params(delta.read(), delta.created(), delta.skipped(), delta.rejected(), delta.failed(),
                        delta.updated(), delta.changed(), runId)
                .update();
    }

    public void setReportFolder(long runId, String folder) {
        jdbc.sql("UPDATE import_run SET report_folder = ? WHERE id = ?").params(folder, runId).update();
    }

    public void finish(long runId, String state, String message) {
        jdbc.sql("UPDATE import_run SET state = ?, message = ?, finished_at = now() WHERE id = ?")
                .params(state, message, runId)
                .update();
    }

    /** Marks runs whose process died without ending them (left STARTED) as KILLED. */
    public void markKilled(long jobExecutionId) {
        jdbc.sql("UPDATE import_run SET state = 'KILLED', message = 'the process ended without finishing the run'"
                        + " WHERE job_execution_id = ? AND state = 'STARTED'")
                .param(jobExecutionId)
                .update();
    }

    /** The job execution of the latest run over this file, mapping and account, if it got that far. */
    public Optional<Long> lastJobExecutionFor(String sourceFile, String mappingFile, String targetUrl) {
        return jdbc.sql("SELECT job_execution_id FROM import_run WHERE source_file = ? AND mapping_file = ?"
                        + " AND target_url = ? AND job_execution_id IS NOT NULL ORDER BY id DESC LIMIT 1")
                .params(sourceFile, mappingFile, targetUrl)
                .query(Long.class)
                .optional();
    }

    public Optional<ImportRun> find(long runId) {
        return jdbc.sql("SELECT * FROM import_run WHERE id = ?").param(runId).query(RUN).optional();
    }

    public List<ImportRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM import_run ORDER BY id DESC LIMIT ?").param(limit).query(RUN).list();
    }

    private static final RowMapper<ImportRun> RUN = (rs, rowNum) -> new ImportRun(
            rs.getLong("id"),
            (Long) rs.getObject("job_execution_id"),
            rs.getString("source_file"),
            rs.getString("mapping_file"),
            rs.getString("target_url"),
            instant(rs.getTimestamp("started_at")),
            instant(rs.getTimestamp("finished_at")),
            rs.getString("state"),
            new RunCounts(rs.getLong("rows_read"), rs.getLong("created"), rs.getLong("skipped"),
                    rs.getLong("rejected"), rs.getLong("failed"), rs.getLong("updated"), rs.getLong("changed")),
            rs.getString("message"),
            rs.getString("report_folder"));

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
