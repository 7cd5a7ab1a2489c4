package io.kf5importer.schedule;

import io.kf5importer.ledger.InboxLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Watches an inbox: at each look it lists the source files, looks again after the stability interval, and imports
 * those that did not change in between, oldest first; a file still being written waits for a later look. Each file
 * is taken under the database's {@link InboxLock} and only if it is still there, unchanged, so that schedulers on
 * several machines sharing the database never import one file twice. Afterwards the file moves to
 * {@code processed/} or {@code failed/} with a copy of its run's reports beside it ({@code <file>.report/}; for a
 * file that could not be imported at all, {@code reason.txt}).
 */
public final class InboxWatcher {

    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    private final Inbox inbox;
    private final Duration stableFor;
    private final Clock clock;
    private final Pause pause;
    private final FileImport importer;
    private final DataSource dataSource;
    private volatile boolean stopped;

    /**
     * @param stableFor how long a file's size and modification time must stay the same before it is imported
     * @param dataSource the ledger's database, whose advisory lock the schedulers share
     */
    public InboxWatcher(Inbox inbox, Duration stableFor, Clock clock, Pause pause, FileImport importer,
            DataSource dataSource) {
        this.inbox = inbox;
        this.stableFor = stableFor;
        this.clock = clock;
        this.pause = pause;
        this.importer = importer;
        this.dataSource = dataSource;
    }

    /** Looks at the inbox on the schedule until stopped or interrupted. */
    public void run(Schedule schedule) throws InterruptedException, SQLException {
        log.info("Watching {} ({}); files are imported once unchanged for {} s", inbox.folder(), schedule,
                stableFor.toSeconds());
        Instant next = schedule.first(clock.instant());
        while (!stopped) {
            pause.until(next);
            Instant started = clock.instant();
            look();
            next = schedule.next(started);
        }
    }

    /** Ends {@link #run} after the file being imported, if any. */
    public void stop() {
        stopped = true;
    }

    /** One look: imports every file that stays unchanged for the stability interval, and says how each went. */
    public List<FileImportResult> look() throws InterruptedException, SQLException {
        List<InboxFile> first = inbox.look();
        if (first.isEmpty()) {
            log.debug("Nothing in {}", inbox.folder());
            return List.of();
        }
        pause.until(clock.instant().plus(stableFor));
        Map<Path, InboxFile> before = first.stream().collect(Collectors.toMap(InboxFile::file, Function.identity()));
        List<FileImportResult> results = new ArrayList<>();
        for (InboxFile now : inbox.look()) {
            if (stopped) {
                break;
            }
            if (!now.sameAs(before.get(now.file()))) {
                log.info("{} is still changing; it waits for a later look", now.file().getFileName());
                continue;
            }
            take(now).ifPresent(results::add);
        }
        return results;
    }

    /** Imports the file under the inbox lock, if no other scheduler took it meanwhile. */
    private Optional<FileImportResult> take(InboxFile stable) throws SQLException {
        try (InboxLock lock = InboxLock.acquire(dataSource)) {
            Optional<InboxFile> now = inbox.stat(stable.file());
            if (now.isEmpty() || !now.get().sameAs(stable)) {
                log.info("{} was taken by another scheduler or changed; leaving it", stable.file().getFileName());
                return Optional.empty();
            }
            log.info("Importing {} from the inbox", stable.file().getFileName());
            FileImportResult result = importer.importFile(stable.file());
            file(stable.file(), result);
            return Optional.of(result);
        }
    }

    private void file(Path file, FileImportResult result) {
        String folder = result.outcome().folder();
        if (folder == null) {
            log.info("{} stays in the inbox ({}): {}", file.getFileName(), result.outcome(), result.message());
            return;
        }
        try {
            Path moved = inbox.moveTo(folder, file, result.runId());
            Path reports = moved.resolveSibling(moved.getFileName() + ".report");
            if (result.reportFolder() != null) {
                copyReports(result.reportFolder(), reports);
            } else {
                Files.createDirectories(reports);
                Files.writeString(reports.resolve("reason.txt"), result.message() + System.lineSeparator());
            }
            log.info("{} moved to {} ({}): {}", file.getFileName(), inbox.folder().relativize(moved),
                    result.outcome(), result.message());
        } catch (IOException e) {
            // The file stays in the inbox: a later look imports it again, which sends no row twice.
            log.warn("Could not move {} to {}/: {}", file, folder, e.getMessage());
        }
    }

    private static void copyReports(Path reportFolder, Path destination) throws IOException {
        Files.createDirectories(destination);
        try (Stream<Path> reports = Files.list(reportFolder)) {
            for (Path report : (Iterable<Path>) reports::iterator) {
                Files.copy(report, destination.resolve(report.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
