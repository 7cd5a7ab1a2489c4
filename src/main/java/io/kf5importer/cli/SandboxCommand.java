package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxFaults;
import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code kf5-import sandbox}: a local KF5 on 127.0.0.1 to rehearse against, until Ctrl-C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Runs a local KF5-compatible server on 127.0.0.1 until stopped (Ctrl-C).")
final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "N", description = "Port to listen on (0: any free).")
    int port;

    @Option(names = "--rate", paramLabel = "PER_MINUTE", defaultValue = "0",
            description = "Answer 429 with Retry-After above this many requests per minute; 0: no limit.")
    int ratePerMinute;

    @Option(names = "--email", paramLabel = "EMAIL", defaultValue = "agent@example.com",
            description = "The agent allowed to sign in; default ${DEFAULT-VALUE}.")
    String email;

    @Option(names = "--token", paramLabel = "API_TOKEN", defaultValue = "sandbox",
            description = "Its API token; default ${DEFAULT-VALUE}.")
    String token;

    @Option(names = "--password", paramLabel = "PASSWORD", showDefaultValue = Visibility.NEVER,
            description = "Also accept this password (email:password); by default passwords are refused.")
    String password;

    @Option(names = "--seed", paramLabel = "FILE",
            description = "Users, groups and ticket fields to start with (JSON); default the built-in seed.")
    Path seed;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep the tickets in this file, loaded at start and saved as they change.")
    Path state;

    @Option(names = "--faults", paramLabel = "KIND=P,...",
            description = "Inject faults, each with its probability per request: error5xx, rate429, slow, reset,"
                    + " drop-after-commit. Example: error5xx=0.05,drop-after-commit=0.02")
    String faults;

    @Option(names = "--slow-delay", paramLabel = "SECONDS", description = "How long a 'slow' answer takes.")
    Long slowDelaySeconds;

    @Option(names = "--fault-seed", paramLabel = "N", description = "Seed of the fault draws, to replay a trial.")
    Long faultSeed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SandboxSettings settings = SandboxSettings.defaults()
                .withPort(port)
                .withCredentials(email, token, password)
                .withRatePerMinute(ratePerMinute)
                .withSeedFile(seed)
                .withStateFile(state)
                .withFaults(faults == null ? SandboxFaults.none() : SandboxFaults.parse(faults), faultSeed);
        if (slowDelaySeconds != null) {
            settings = settings.withSlowDelay(Duration.ofSeconds(slowDelaySeconds));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SandboxServer server = SandboxServer.start(settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "sandbox-stop"));
            out.println("KF5 sandbox on " + server.url() + " (sign in as " + email + " with its API token)"
                    + (faults == null ? "" : ", faults " + faults) + "; Ctrl-C to stop");
            out.flush();
            stopped.await();
        }
        return ExitCode.OK;
    }
}
