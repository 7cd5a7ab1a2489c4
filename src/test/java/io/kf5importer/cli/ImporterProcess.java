package io.kf5importer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code kf5-import} run as a process of its own, on the test classpath, so that a test can kill it ({@code kill -9})
 * or send it SIGTERM as an operator would.
 */
final class ImporterProcess {

    private ImporterProcess() {
    }

    /** Starts {@code kf5-import args...}; what it prints goes to {@code log} (appended), or nowhere when null. */
    static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                Kf5ImportCommand.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(
                log.toFile()));
        return builder.start();
    }

    /** Waits for the process to end and returns its exit code; fails the test when it does not end in time. */
    static int exitCodeOf(Process process, long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("kf5-import did not end within " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }
}
