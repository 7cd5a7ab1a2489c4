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

    Kf5ClientSettings clientSettings() {
        Kf5ClientSettings defaults = Kf5ClientSettings.defaults();
        return new Kf5ClientSettings(ratePerMinute, concurrency, defaults.connectTimeout(),
                Duration.ofSeconds(readTimeoutSeconds), defaults.maxAttempts());
    }
}
