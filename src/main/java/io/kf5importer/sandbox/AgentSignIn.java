package io.kf5importer.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks KF5's HTTP Basic sign-in: {@code email/token:api_token}, or {@code email:password} when the sandbox has a
 * password. Messages never repeat the secret sent.
 */
final class AgentSignIn {

    private static final String TOKEN_SUFFIX = "/token";
    private static final String HOW = "sign in with HTTP Basic as email/token:api_token";

    private final SandboxState state;
    private final String apiToken;
    private final String password;

    AgentSignIn(SandboxState state, String apiToken, String password) {
        this.state = state;
        this.apiToken = apiToken;
        this.password = password;
    }

    /** The signed-in agent; 401 otherwise. */
    User signIn(String authorization) {
        String[] userAndSecret = credentials(authorization);
        String user = userAndSecret[0];
        if (user.endsWith(TOKEN_SUFFIX)) {
            String email = user.substring(0, user.length() - TOKEN_SUFFIX.length());
            return agentIf(email, same(userAndSecret[1], apiToken), "wrong email or API token");
        }
        if (password == null) {
            throw ApiError.unauthorized("password sign-in is off in this sandbox; " + HOW);
        }
        return agentIf(user, same(userAndSecret[1], password), "wrong email or password");
    }

    private User agentIf(String email, boolean secretMatches, String refusal) {
        return state.agent(email)
                .filter(agent -> secretMatches)
                .orElseThrow(() -> ApiError.unauthorized(refusal + "; " + HOW));
    }

    private static String[] credentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw ApiError.unauthorized("no HTTP Basic credentials; " + HOW);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.unauthorized("the Basic credentials are not base64; " + HOW);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw ApiError.unauthorized("the Basic credentials have no ':'; " + HOW);
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
