package io.kf5importer.cli;

import io.kf5importer.kf5.Kf5Credentials;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The KF5 account to write to and how to sign in. Secrets are best given through the environment or a private
 * credentials file ({@link CredentialsFile}); an option or environment variable wins over the file.
 */
final class TargetOptions {

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:KF5_URL}",
            description = "KF5 account, e.g. https://acme.kf5.com (or env KF5_URL).")
    String url;

    @Option(names = "--email", paramLabel = "EMAIL", defaultValue = "${env:KF5_EMAIL}",
            description = "Agent email to sign in with (or env KF5_EMAIL).")
    String email;

    @Option(names = "--token", paramLabel = "API_TOKEN", defaultValue = "${env:KF5_API_TOKEN}",
            showDefaultValue = Visibility.NEVER,
            description = "API token, sent as email/token:api_token (or env KF5_API_TOKEN).")
    String token;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:KF5_PASSWORD}",
            showDefaultValue = Visibility.NEVER,
            description = "Password, sent as email:password, instead of a token (or env KF5_PASSWORD).")
    String password;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:KF5_IMPORT_CONFIG}",
            description = "Properties file with url, email and token (or password), readable by its owner only"
                    + " (or env KF5_IMPORT_CONFIG); default ~/.config/kf5-import/credentials.properties if it exists.")
    Path config;

    private CredentialsFile file;

    String url() {
        String value = blankToNull(url) != null ? url : credentialsFile().url();
        if (value == null) {
            throw new IllegalArgumentException("the KF5 account is missing: pass --url, set KF5_URL or put url= in "
                    + (config != null ? config : CredentialsFile.defaultFile()));
        }
        return value.trim();
    }

    /**
     * Whether an account was given, for the commands that can also work without one: by option, environment, or in a
     * credentials file named with {@code --config} (the default file alone does not make such a command go online).
     */
    boolean hasUrl() {
        return blankToNull(url) != null || (config != null && credentialsFile().url() != null);
    }

    Kf5Credentials credentials() {
        String signInEmail = blankToNull(email) != null ? email : credentialsFile().email();
        String apiToken = blankToNull(token);
        String agentPassword = blankToNull(password);
        if (apiToken == null && agentPassword == null) {
            apiToken = credentialsFile().token();
            agentPassword = credentialsFile().password();
        }
        return new Kf5Credentials(signInEmail, apiToken, agentPassword);
    }

    /** The credentials file, read only when an option and its environment variable left something missing. */
    private CredentialsFile credentialsFile() {
        if (file == null) {
            file = CredentialsFile.find(config);
        }
        return file;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
