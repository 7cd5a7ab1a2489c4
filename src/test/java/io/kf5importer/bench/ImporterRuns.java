package io.kf5importer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs {@code kf5-import import} (the built jar, its embedded PostgreSQL in a home of the harness) against a bench
 * sandbox, as an operator would.
 */
final class ImporterRuns {

    private final ChildProcesses processes;
    private final Path mapping;

    private final Path homes;

    ImporterRuns(ChildProcesses processes, Path mapping, Path homes) {
        this.processes = processes;
        this.mapping = mapping;
        this.homes = homes;
    }

    /**
     * An empty home whose PostgreSQL is already initialised and migrated ({@code kf5-import status} on it), as the
     * home of an operator who has run the importer before: creating the database cluster is a one-time cost that
     * the measurements leave out.
     */
    Path freshHome(String name) throws Exception {
        Path home = homes.resolve(name);
        delete(home);
        String logName = name + "-init";
        int exit = ChildProcesses.await(processes.kf5Import(logName, Map.of(), "status", "--home", home.toString()),
                5, logName);
        if (exit != 0) {
            throw new IllegalStateException("kf5-import status ended with " + exit + ": see " + processes.log(logName));
        }
        return home;
    }

    /** Starts an import of {@code source}; {@code extra} adds options such as {@code --rate}. */
    Process start(String name, BenchSandbox sandbox, Path home, Path source, String... extra) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("import", "--source", source.toString(), "--mapping",
                mapping.toString(), "--home", home.toString()));
        arguments.addAll(List.of(extra));
        return processes.kf5Import(name, sandbox.target(), arguments.toArray(String[]::new));
    }

    /** Deletes a home the harness made (its PostgreSQL already stopped). */
    static void delete(Path home) throws IOException {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
