package io.kf5importer.cli;

import io.kf5importer.kf5.Kf5Credentials;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** The KF5 account to write to and how to sign in. Secrets are best given through the environment. */
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

    String url() {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the KF5 account is missing: pass --url or set KF5_URL");
        }
        return url.trim();
    }

    /** Whether an account was given, for the commands that can also work without one. */
    boolean hasUrl() {
        return url != null && !url.isBlank();
    }

    Kf5Credentials credentials() {
        return new Kf5Credentials(email, blankToNull(token), blankToNull(password));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
