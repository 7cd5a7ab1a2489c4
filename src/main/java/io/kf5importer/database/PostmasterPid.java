package io.kf5importer.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} file PostgreSQL keeps in its data folder while it runs: line 1 is the server's process
 * id, line 4 its port.
 */
record PostmasterPid(long pid, int port) {

    static Optional<PostmasterPid> read(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()),
                    Integer.parseInt(lines.get(3).trim())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live process of this pid, when it is a PostgreSQL server (a pid may have been reused since). */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(true));
    }

    boolean isAlive() {
        return process().isPresent();
    }
}
