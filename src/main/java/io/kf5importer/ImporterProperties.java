package io.kf5importer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Every setting of the importer, under {@code kf5.import}. The command line fills them from its options and from
 * the environment ({@code KF5_IMPORT_DB_URL}, {@code KF5_IMPORT_HOME}, ...).
 */
@ConfigurationProperties("kf5.import")
public class ImporterProperties {

    /** Where the embedded database and the reports live; the working directory's {@code .kf5-import} by default. */
    private Path home = Path.of(".kf5-import");

    /** The PostgreSQL server to keep the ledger in; the embedded one under {@link #home} when not set. */
    private final Database db = new Database();

    public Path getHome() {
        return home;
    }

    public void setHome(Path home) {
        this.home = home;
    }

    public Database getDb() {
        return db;
    }

    /** A PostgreSQL server given by JDBC URL. */
    public static class Database {

        /** JDBC URL such as {@code jdbc:postgresql://db.example.com/kf5import}; blank for the embedded server. */
        private String url;

        /** User name for {@link #url}. */
        private String user;

        /** Password for {@link #url}; never logged. */
        private String password;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public boolean isExternal() {
            return url != null && !url.isBlank();
        }
    }
}
