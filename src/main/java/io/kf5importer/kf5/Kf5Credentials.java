package io.kf5importer.kf5;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How the importer signs in: an agent's email with an API token ({@code email/token:api_token}) or with a password
 * ({@code email:password}), both as HTTP Basic. {@link #toString()} never shows the secret.
 */
public record Kf5Credentials(String email, String apiToken, String password) {

    public Kf5Credentials {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("KF5 email is missing: pass --email or set KF5_EMAIL");
        }
        if (isBlank(apiToken) == isBlank(password)) {
            throw new IllegalArgumentException("give exactly one of an API token (--token, KF5_API_TOKEN)"
                    + " or a password (--password, KF5_PASSWORD)");
        }
    }

    public static Kf5Credentials withToken(String email, String apiToken) {
        return new Kf5Credentials(email, apiToken, null);
    }

    public static Kf5Credentials withPassword(String email, String password) {
        return new Kf5Credentials(email, null, password);
    }

    /** The value of the {@code Authorization} header. Never log it. */
    public String authorizationHeader() {
        String user = isBlank(apiToken) ? email + ":" + password : email + "/token:" + apiToken;
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Kf5Credentials[email=" + email + ", " + (isBlank(apiToken) ? "password" : "apiToken") + "=***]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
