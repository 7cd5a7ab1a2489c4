package io.kf5importer.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.Set;

/**
 * The KF5 account and its secret in a properties file ({@code url}, {@code email}, and {@code token} or
 * {@code password}), for scheduled runs where environment variables are awkward. Taken from {@code --config}, else
 * from {@code $XDG_CONFIG_HOME/kf5-import/credentials.properties} (default {@code ~/.config/...}) when it exists.
 *
 * <p>A file that users other than its owner may read, write or run is refused, as ssh refuses such a private key:
 * the token in it may already have leaked, and one {@code chmod 600} fixes it, whereas a warning in a nightly log is
 * read by nobody. On a file system without POSIX permissions the check cannot be made and the file is used.
 */
final class CredentialsFile {

    static final CredentialsFile NONE = new CredentialsFile(new Properties());

    private static final Set<PosixFilePermission> OWNER_ONLY = Set.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private final Properties values;

    private CredentialsFile(Properties values) {
        this.values = values;
    }

    /**
     * The file given, or the default one if it exists, or {@link #NONE}.
     *
     * @throws IllegalArgumentException when the file given is missing, or others may read it
     */
    static CredentialsFile find(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new IllegalArgumentException("--config " + given + " does not exist or is not a file");
            }
            return load(given);
        }
        Path standard = defaultFile();
        return Files.isRegularFile(standard) ? load(standard) : NONE;
    }

    static Path defaultFile() {
        String configHome = System.getenv("XDG_CONFIG_HOME");
        Path base = configHome == null || configHome.isBlank()
                ? Path.of(System.getProperty("user.home"), ".config") : Path.of(configHome);
        return base.resolve("kf5-import").resolve("credentials.properties");
    }

    String url() {
        return value("url");
    }

    String email() {
        return value("email");
    }

    String token() {
        return value("token");
    }

    String password() {
        return value("password");
    }

    private String value(String key) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static CredentialsFile load(Path file) {
        refuseIfShared(file);
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the credentials file " + file + ": " + e.getMessage(), e);
        }
        return new CredentialsFile(values);
    }

    private static void refuseIfShared(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException noPosix) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the permissions of " + file + ": " + e.getMessage(), e);
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IllegalArgumentException("the credentials file " + file + " can be used by other users ("
                    + PosixFilePermissions.toString(permissions) + "); it holds a secret, so it must be private:"
                    + " run chmod 600 " + file);
        }
    }
}
