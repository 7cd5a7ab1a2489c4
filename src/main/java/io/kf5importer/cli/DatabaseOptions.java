package io.kf5importer.cli;

import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the ledger is: a PostgreSQL server by JDBC URL, or the embedded one under the home folder. */
final class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:KF5_IMPORT_DB_URL}",
            description = "PostgreSQL for the ledger, e.g. jdbc:postgresql://db.example.com/kf5import"
                    + " (or env KF5_IMPORT_DB_URL); default an embedded PostgreSQL under --home.")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:KF5_IMPORT_DB_USER}",
            description = "User for --db-url (or env KF5_IMPORT_DB_USER).")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:KF5_IMPORT_DB_PASSWORD}",
            showDefaultValue = Visibility.NEVER,
            description = "Password for --db-url (or env KF5_IMPORT_DB_PASSWORD).")
    String password;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:KF5_IMPORT_HOME:-.kf5-import}",
            description = "Folder of the embedded database and the reports (or env KF5_IMPORT_HOME);"
                    + " default: ${DEFAULT-VALUE}.")
    String home;

    /**
     * Whether a ledger is there to consult without creating one: a server is named, or the home folder holds the
     * embedded database of an earlier import.
     */
    boolean ledgerExists() {
        return url != null && !url.isBlank() || Files.isDirectory(Path.of(home, "pgdata"));
    }

    /** The Spring properties these options stand for. */
    Map<String, Object> toProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kf5.import.home", home);
        putIfSet(properties, "kf5.import.db.url", url);
        putIfSet(properties, "kf5.import.db.user", user);
        putIfSet(properties, "kf5.import.db.password", password);
        return properties;
    }

    private static void putIfSet(Map<String, Object> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}
