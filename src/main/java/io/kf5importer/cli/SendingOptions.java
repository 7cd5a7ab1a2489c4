package io.kf5importer.cli;

import io.kf5importer.kf5.Kf5ClientSettings;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How fast and in what steps rows are sent: shared by {@code import} and {@code watch}. */
final class SendingOptions {

    @Option(names = "--rate", paramLabel = "PER_MINUTE", defaultValue = "120",
            description = "Requests per minute, for every request of the run together; default ${DEFAULT-VALUE}.")
    int ratePerMinute;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Requests in flight at once; default ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--chunk-size", paramLabel = "ROWS", defaultValue = "50",
            description = "Rows per chunk, the unit of saved progress; default ${DEFAULT-VALUE}.")
    int chunkSize;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds to wait for KF5's answer; default ${DEFAULT-VALUE}.")
    long readTimeoutSeconds;

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
        Kf5ClientSettings defaults = Kf5ClientSettings.defaults();
        return new Kf5ClientSettings(ratePerMinute, concurrency, defaults.connectTimeout(),
                Duration.ofSeconds(readTimeoutSeconds), defaults.maxAttempts());
    }

    private static void requireAtLeastOne(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
    }
}
