package io.kf5importer.database;

import com.zaxxer.hikari.HikariDataSource;
import io.kf5importer.ImporterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The ledger's DataSource: the server named by {@code kf5.import.db.url}, or the embedded one. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    LedgerDatabase ledgerDatabase(ImporterProperties properties) {
        return LedgerDatabase.open(properties);
    }

    @Bean
    DataSource dataSource(LedgerDatabase database) {
        return database.dataSource();
    }

    /** The pool and, for the embedded case, the server behind it; closed together. */
    public static final class LedgerDatabase implements AutoCloseable {

        private final HikariDataSource dataSource;
        private final EmbeddedPostgresServer embedded;

        private LedgerDatabase(HikariDataSource dataSource, EmbeddedPostgresServer embedded) {
            this.dataSource = dataSource;
            this.embedded = embedded;
        }

        static LedgerDatabase open(ImporterProperties properties) {
            ImporterProperties.Database db = properties.getDb();
            if (db.isExternal()) {
                return new LedgerDatabase(pool(db.getUrl(), db.getUser(), db.getPassword()), null);
            }
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrJoin(properties.getHome());
            return new LedgerDatabase(pool(server.jdbcUrl(), "postgres", null), server);
        }

        DataSource dataSource() {
            return dataSource;
        }

        @Override
        public void close() {
            dataSource.close();
            if (embedded != null) {
                embedded.close();
            }
        }

        private static HikariDataSource pool(String url, String user, String password) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setUsername(user);
            pool.setPassword(password);
            pool.setMaximumPoolSize(16);
            pool.setPoolName("ledger");
            return pool;
        }
    }
}
