package io.kf5importer.job;

import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch on the JDBC job repository in the ledger's PostgreSQL. Its tables come from Flyway (V1), not from
 * Boot's schema initializer, which would only run for databases it takes for embedded ones.
 */
@Configuration(proxyBeanMethods = false)
public class BatchConfiguration extends JdbcDefaultBatchConfiguration {
}
