package io.kf5importer.cli;

import io.kf5importer.kf5.Kf5ClientSettings;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How fast and in what steps rows are sent: shared by {@code import} and {@code watch}. */
final class SendingOptions {

    @Option(names = "--rate", paramLabel = "PER_MINUTE", defaultValue = "120",
            description = "Requests per minute, for every request of the run together; default ${DEFAULT-VALUE}.")
    int ratePerMinute;

    @Option(names = "--headroom", paramLabel = "SHARE", defaultValue = "0.9",
            description = "Share of --rate the import uses, leaving the rest to the agents working in KF5;"
                    + " default ${DEFAULT-VALUE}.")
    double headroom;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Requests in flight at once; default ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--chunk-size", paramLabel = "ROWS", defaultValue = "200",
            description = "Rows per chunk, the unit of saved progress; default ${DEFAULT-VALUE}.")
    int chunkSize;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds to wait for KF5's answer; default ${DEFAULT-VALUE}.")
    long readTimeoutSeconds;

    @Option(names = "--unreachable-after", paramLabel = "SECONDS", defaultValue = "300",
            description = "Stop the run (exit code 3) when KF5 keeps failing for this long; default ${DEFAULT-VALUE}.")
    long unreachableAfterSeconds;

    /**
     * The client's settings from these options.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    Kf5ClientSettings clientSettings() {
        requireAtLeastOne("--rate", ratePerMinute);
        requireAtLeastOne("--concurrency", concurrency);
        requireAtLeastOne("--chunk-size", chunkSize);
        requireAtLeastOne("--read-timeout", readTimeoutSeconds);
        requireAtLeastOne("--unreachable-after", unreachableAfterSeconds);
        if (!(headroom > 0 && headroom <= 1)) {
            throw new IllegalArgumentException("--headroom must be above 0 and at most 1 (a share of --rate), was "
                    + headroom);
        }
        Kf5ClientSettings defaults = Kf5ClientSettings.defaults();
        return new Kf5ClientSettings(ratePerMinute, concurrency, defaults.connectTimeout(),
                Duration.ofSeconds(readTimeoutSeconds), defaults.maxAttempts())
                .withHeadroom(headroom)
                .withUnreachableAfter(Duration.ofSeconds(unreachableAfterSeconds));
    }

    private static void requireAtLeastOne(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
    }
}
