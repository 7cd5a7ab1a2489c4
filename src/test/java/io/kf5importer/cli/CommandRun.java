package io.kf5importer.cli;

import io.kf5importer.schedule.Pause;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** Runs {@code kf5-import} in this JVM, as a user would from the shell, and keeps what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun kf5Import(String... args) {
        return run(Kf5ImportCommand.commandLine(), args);
    }

    /** Runs it on a clock of the test's own, waiting through the test's pause instead of sleeping. */
    static CommandRun kf5ImportAt(Clock clock, Pause pause, String... args) {
        return run(Kf5ImportCommand.commandLine(clock, pause), args);
    }

    private static CommandRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute(args);

        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
