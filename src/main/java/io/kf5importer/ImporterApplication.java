package io.kf5importer;

import io.kf5importer.database.DatabaseConfiguration;
import io.kf5importer.job.BatchConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The Spring application behind the commands that need the ledger: the database, Flyway and Spring Batch. The
 * command line ({@code io.kf5importer.cli}) starts it, adding the import job's configuration for {@code import}.
 * Nothing is component-scanned: each command loads what it uses.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(ImporterProperties.class)
@Import({DatabaseConfiguration.class, BatchConfiguration.class})
public class ImporterApplication {
}
