package io.kf5importer.cli;

import io.kf5importer.kf5.Kf5FatalException;
import io.kf5importer.kf5.Kf5UnavailableException;
import io.kf5importer.schedule.Pause;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** {@code kf5-import}: the entry point. */
@Command(name = "kf5-import", mixinStandardHelpOptions = true, version = "kf5-import 0.1.0",
        description = "Imports helpdesk exports (CSV, Excel) into KF5 tickets, exactly once.",
        subcommands = {ImportCommand.class, WatchCommand.class, InspectCommand.class, ValidateCommand.class,
                StatusCommand.class, SandboxCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:everything imported, or already there",
                "1:finished with rows rejected or failed",
                "2:usage or configuration error",
                "3:stopped or aborted; run the same command again to resume"})
public final class Kf5ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;
    private final Pause pause;

    private Kf5ImportCommand(Clock clock, Pause pause) {
        this.clock = clock;
        this.pause = pause;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        Clock clock = Clock.systemDefaultZone();
        return commandLine(clock, Pause.sleeping(clock));
    }

    /**
     * The command line on a given clock: {@code --stop-at}, the scheduler and the progress lines read the time from
     * it, and the scheduler waits through the pause. Tests pass clocks they move themselves.
     */
    static CommandLine commandLine(Clock clock, Pause pause) {
        CommandLine commandLine = new CommandLine(new Kf5ImportCommand(clock, pause));
        commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        commandLine.setExitCodeExceptionMapper(exception -> ExitCode.USAGE);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            exception.getCommandLine().getErr().println("kf5-import: " + exception.getMessage());
            exception.getCommandLine().usage(exception.getCommandLine().getErr());
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("kf5-import: " + reason(exception));
            return exitCode(exception);
        });
        return commandLine;
    }

    /**
     * 3 when KF5 could not be reached (nothing was done; run again later), else 2: the command could not start as
     * configured (a file, a setting, or an account KF5 refuses).
     */
    static int exitCode(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Kf5UnavailableException
                    || cause instanceof Kf5FatalException fatal && fatal.status() == 0) {
                return ExitCode.STOPPED;
            }
        }
        return ExitCode.USAGE;
    }

    /**
     * The message an operator can act on: the outermost exception of our own or an argument/state check (they name
     * the file, the setting or the account and the next step), else the innermost cause, since Spring and the
     * libraries wrap what went wrong in layers of their own.
     */
    static String reason(Throwable exception) {
        Throwable innermost = exception;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && isOurs(cause)) {
                return cause.getMessage();
            }
            if (cause.getMessage() != null) {
                innermost = cause;
            }
        }
        return innermost.getMessage() != null ? innermost.getMessage() : innermost.toString();
    }

    private static boolean isOurs(Throwable exception) {
        return exception.getClass().getName().startsWith("io.kf5importer.")
                || exception instanceof IllegalArgumentException || exception instanceof IllegalStateException;
    }

    /** The time, for the subcommands. */
    Clock clock() {
        return clock;
    }

    /** How the subcommands wait for a time to come. */
    Pause pause() {
        return pause;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
