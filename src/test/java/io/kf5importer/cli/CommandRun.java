package io.kf5importer.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code kf5-import} in this JVM, as a user would from the shell, and keeps what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun kf5Import(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Kf5ImportCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute(args);

        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
