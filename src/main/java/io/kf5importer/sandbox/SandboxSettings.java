package io.kf5importer.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How a {@link SandboxServer} listens, whom it lets in, and how it misbehaves. Start from {@link #defaults()} and
 * change what you need with the {@code with*} methods.
 *
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the port to bind; 0 (the default) picks a free one
 * @param email the agent who signs in, {@code agent@example.com} by default; when the seed has no user with this
 *        email the sandbox adds an admin with it
 * @param apiToken the API token of {@code email/token:api_token} sign-in, {@code sandbox} by default
 * @param password the password of {@code email:password} sign-in; null (the default) refuses password sign-in
 * @param ratePerMinute authenticated requests allowed per minute, all endpoints together; 0 (the default) is
 *        unlimited
 * @param seedFile the directory to start from (users, groups, ticket fields, and optionally tickets); null (the
 *        default) is the built-in {@code sandbox/seed.json} on the classpath
 * @param stateFile where the state is kept between runs: loaded at start when it exists, written atomically within
 *        a second of each change and on close; null (the default) keeps state in memory only
 * @param faults the faults to inject and their probabilities, none by default
 * @param slowDelay how long a {@code slow} fault holds a request before handling it, 65 s by default (longer than a
 *        client's usual 60 s read timeout)
 * @param faultSeed the seed of the fault draws, for reproducible runs; null (the default) draws differently each
 *        start
 * @param maxAttachmentBytes the largest upload accepted, 20 MB by default; a larger one is answered 413
 * @param clock the clock of {@code created_at} and {@code updated_at}; its zone is the zone of every naive
 *        {@code yyyy-MM-dd HH:mm:ss} timestamp, in and out; the system clock by default
 * @param rateWindow the fixed window {@code ratePerMinute} is counted over, one minute by default: with ten seconds,
 *        a sixth of the rate is allowed in each ten-second window, as a service limiting short bursts would
 */
public record SandboxSettings(String host, int port, String email, String apiToken, String password,
        int ratePerMinute, Path seedFile, Path stateFile, SandboxFaults faults, Duration slowDelay, Long faultSeed,
        long maxAttachmentBytes, Clock clock, Duration rateWindow) {

    public SandboxSettings {
        require(host != null && !host.isBlank(), "sandbox host is missing");
        require(port >= 0 && port <= 65535, "sandbox port " + port + " is not between 0 and 65535");
        require(email != null && !email.isBlank(), "sandbox agent email is missing");
        require(apiToken != null && !apiToken.isBlank(), "sandbox API token is missing");
        require(ratePerMinute >= 0, "sandbox rate " + ratePerMinute + " per minute is negative; 0 means unlimited");
        require(slowDelay != null && !slowDelay.isNegative(), "sandbox slow delay must be zero or more");
        require(maxAttachmentBytes > 0, "sandbox attachment limit must be positive, got " + maxAttachmentBytes);
        rateWindow = rateWindow == null ? Duration.ofMinutes(1) : rateWindow;
        require(!rateWindow.isNegative() && !rateWindow.isZero(), "sandbox rate window must be positive");
        faults = faults == null ? SandboxFaults.none() : faults;
        clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    public static SandboxSettings defaults() {
        return new SandboxSettings("127.0.0.1", 0, "agent@example.com", "sandbox", null, 0, null, null,
                SandboxFaults.none(), Duration.ofSeconds(65), null, 20L * 1024 * 1024, Clock.systemDefaultZone(),
                Duration.ofMinutes(1));
    }

    public SandboxSettings withPort(int newPort) {
        return new SandboxSettings(host, newPort, email, apiToken, password, ratePerMinute, seedFile, stateFile,
                faults, slowDelay, faultSeed, maxAttachmentBytes, clock, rateWindow);
    }

    /** The same settings with these credentials; a null password refuses password sign-in. */
    public SandboxSettings withCredentials(String newEmail, String newApiToken, String newPassword) {
        return new SandboxSettings(host, port, newEmail, newApiToken, newPassword, ratePerMinute, seedFile, stateFile,
                faults, slowDelay, faultSeed, maxAttachmentBytes, clock, rateWindow);
    }

    public SandboxSettings withRatePerMinute(int newRatePerMinute) {
        return new SandboxSettings(host, port, email, apiToken, password, newRatePerMinute, seedFile, stateFile,
                faults, slowDelay, faultSeed, maxAttachmentBytes, clock, rateWindow);
    }

    public SandboxSettings withSeedFile(Path newSeedFile) {
        return new SandboxSettings(host, port, email, apiToken, password, ratePerMinute, newSeedFile, stateFile,
                faults, slowDelay, faultSeed, maxAttachmentBytes, clock, rateWindow);
    }

    public SandboxSettings withStateFile(Path newStateFile) {
        return new SandboxSettings(host, port, email, apiToken, password, ratePerMinute, seedFile, newStateFile,
                faults, slowDelay, faultSeed, maxAttachmentBytes, clock, rateWindow);
    }

    /** The same settings with these faults, drawn from {@code newFaultSeed} (null: a different draw each start). */
    public SandboxSettings withFaults(SandboxFaults newFaults, Long newFaultSeed) {
        return new SandboxSettings(host, port, email, apiToken, password, ratePerMinute, seedFile, stateFile,
                newFaults, slowDelay, newFaultSeed, maxAttachmentBytes, clock, rateWindow);
    }

    public SandboxSettings withSlowDelay(Duration newSlowDelay) {
        return new SandboxSettings(host, port, email, apiToken, password, ratePerMinute, seedFile, stateFile,
                faults, newSlowDelay, faultSeed, maxAttachmentBytes, clock, rateWindow);
    }

    public SandboxSettings withMaxAttachmentBytes(long newMaxAttachmentBytes) {
        return new SandboxSettings(host, port, email, apiToken, password, ratePerMinute, seedFile, stateFile,
                faults, slowDelay, faultSeed, newMaxAttachmentBytes, clock, rateWindow);
    }

    public SandboxSettings withClock(Clock newClock) {
        return new SandboxSettings(host, port, email, apiToken, password, ratePerMinute, seedFile, stateFile,
                faults, slowDelay, faultSeed, maxAttachmentBytes, newClock, rateWindow);
    }

    /** The same settings with {@link #ratePerMinute()} counted over fixed windows of this length. */
    public SandboxSettings withRateWindow(Duration newRateWindow) {
        return new SandboxSettings(host, port, email, apiToken, password, ratePerMinute, seedFile, stateFile,
                faults, slowDelay, faultSeed, maxAttachmentBytes, clock, newRateWindow);
    }

    @Override
    public String toString() {
        return "SandboxSettings[host=" + host + ", port=" + port + ", email=" + email + ", apiToken=***, password="
                + (password == null ? "none" : "***") + ", ratePerMinute=" + ratePerMinute + ", rateWindow="
                + rateWindow + ", seedFile=" + seedFile
                + ", stateFile=" + stateFile + ", faults=" + faults + ", slowDelay=" + slowDelay + ", faultSeed="
                + faultSeed + ", maxAttachmentBytes=" + maxAttachmentBytes + "]";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
