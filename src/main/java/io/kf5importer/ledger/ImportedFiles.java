package io.kf5importer.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * The source files imported whole, by content (table {@code import_file}). Each statement commits on its own.
 * Thread-safe.
 */
public class ImportedFiles {

    private final JdbcClient jdbc;

    public ImportedFiles(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The run that imported this file whole, if one did. */
    public Optional<Long> importedWholeBy(ImportedFile file) {
        return jdbc.sql("SELECT run_id FROM import_file WHERE target_url = ? AND source_sha256 = ?"
                        + " AND mapping_sha256 = ? AND reading = ?")
                .params(file.targetUrl(), file.sourceSha256(), file.mappingSha256(), file.reading())
                .query(Long.class)
                .optional();
    }

    /** Records that a run imported this file whole; the first run to do so stays on record. */
    public void recordImportedWhole(ImportedFile file, long runId) {
        jdbc.sql("""
                INSERT INTO import_file (target_url, source_sha256, mapping_sha256, reading, source_file, run_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(file.targetUrl(), file.sourceSha256(), file.mappingSha256(), file.reading(),
                        file.sourceFile(), runId)
                .update();
    }
}
