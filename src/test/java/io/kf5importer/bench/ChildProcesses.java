package io.kf5importer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the processes the harness measures: a JVM on the test classpath for a measuring class, or
 * {@code scripts/kf5-import} for a {@code kf5-import} command, as an operator runs it. Output goes to a log file.
 */
final class ChildProcesses {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Path script;
    private final Path logs;

    ChildProcesses(Path script, Path logs) {
        this.script = script;
        this.logs = logs;
    }

    /**
     * Starts {@code scripts/kf5-import <arguments>} (which execs the JVM, so the process is the importer's own) with
     * the script's default heap and these environment variables.
     */
    Process kf5Import(String logName, Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        Map<String, String> withHeap = new HashMap<>(environment);
        withHeap.put("KF5_IMPORT_JAVA_OPTS", "-Xmx512m");
        return start(command, logName, withHeap);
    }

    /** Starts {@code mainClass} of the test classpath with these JVM options. */
    Process testClass(String logName, List<String> jvmOptions, Class<?> mainClass, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(arguments));
        return start(command, logName, Map.of());
    }

    Path log(String logName) {
        return logs.resolve(logName + ".log");
    }

    /** Waits for the process to end and returns its exit code; a process still running after the timeout fails. */
    static int await(Process process, long minutes, String what) throws InterruptedException {
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " still running after " + minutes + " minutes; killed it");
        }
        return process.exitValue();
    }

    private Process start(List<String> command, String logName, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(logName).toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }
}
