package io.kf5importer.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder a scheduler takes source files from, and its {@code processed/} and {@code failed/} folders. Only files
 * directly in it count, with a source's extension; hidden files, Office lock files ({@code ~$book.xlsx}) and files
 * still being copied ({@code .part}, {@code .tmp}, {@code .crdownload}, {@code .filepart}, names ending in
 * {@code ~}) are left alone.
 */
public final class Inbox {

    private static final List<String> SOURCE_EXTENSIONS = List.of(".csv", ".tsv", ".xlsx", ".xlsm", ".xls");

    private final Path folder;

    public Inbox(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** Whether a file of this name is a source to import, rather than hidden, a lock file or a partial copy. */
    public static boolean isSourceName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~$") || name.endsWith("~")) {
            return false;
        }
        return SOURCE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The source files in the inbox now, oldest first. */
    public List<InboxFile> look() {
        List<InboxFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (isSourceName(entry.getFileName().toString())) {
                    stat(entry).ifPresent(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the inbox " + folder + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(InboxFile::modified).thenComparing(file -> file.file().getFileName()));
        return files;
    }

    /** The file as it is now, or empty when it is gone (taken by another scheduler, or removed). */
    public Optional<InboxFile> stat(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new InboxFile(file, attributes.size(), attributes.lastModifiedTime()));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /**
     * Moves a file into {@code processed/} or {@code failed/}, under its own name or, when that is taken, with the
     * run id before the extension.
     *
     * @return where it went
     */
    public Path moveTo(String subfolder, Path file, Long runId) throws IOException {
        Path destination = folder.resolve(subfolder);
        Files.createDirectories(destination);
        Path target = destination.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = destination.resolve(withRunId(file.getFileName().toString(), runId));
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String withRunId(String name, Long runId) {
        String tag = ".run-" + (runId == null ? System.currentTimeMillis() : runId);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + tag : name.substring(0, dot) + tag + name.substring(dot);
    }
}
