package io.kf5importer.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a row's attachment files: names split from a column, each resolved inside the attachment folder. A name
 * that would leave the folder (an absolute path, a network share, a {@code ..} step, a link pointing outside) is a
 * problem, and so is a file over the size limit. A missing or unreadable file is a problem, or with
 * {@code missing: skip} a warning and the file is left out.
 */
final class AttachmentRule {

    private static final double DEFAULT_MAX_SIZE_MB = 20;

    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

    private final ListRule names;

    private final String folder;

    private final long maxBytes;

    private final boolean skipMissing;

    private AttachmentRule(ListRule names, String folder, long maxBytes, boolean skipMissing) {
        this.names = names;
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.skipMissing = skipMissing;
    }

    /** The rule, or {@code null} when the ticket takes no attachments. */
    static AttachmentRule compile(MappingFile.Attachments settings, MappingFile.Values names) {
        if (names == null) {
            return null;
        }
        MappingFile.Attachments given = settings == null ? new MappingFile.Attachments(null, null, null) : settings;
        double maxMb = given.maxSizeMb() == null ? DEFAULT_MAX_SIZE_MB : given.maxSizeMb();
        if (maxMb <= 0) {
            throw new InvalidSettingException("attachments.max_size_mb", maxMb + " leaves no room; expected a "
                    + "size in MB greater than 0");
        }
        return new AttachmentRule(ListRule.compile(names, "ticket.attachments"),
                given.folder() == null ? "." : given.folder(), (long) (maxMb * 1024 * 1024),
                skipMissing(given.missing()));
    }

    /** The folder setting, to be resolved against the source file's folder. */
    String folder() {
        return folder;
    }

    List<AttachmentFile> read(RowReading row, Path folder) {
        List<AttachmentFile> files = new ArrayList<>();
        for (ListRule.Item item : names.read(row)) {
            AttachmentFile file = find(row, folder, item);
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    List<String> columns() {
        return names.columns();
    }

    private AttachmentFile find(RowReading row, Path folder, ListRule.Item item) {
        String name = item.text();
        String outside = outside(name);
        Path path;
        try {
            path = folder.resolve(name.replace('\\', '/')).normalize();
        } catch (InvalidPathException e) {
            row.problem(item.column(), name, "is not a usable file name (" + e.getReason() + ")");
            return null;
        }
        if (outside == null && !path.startsWith(folder)) {
            outside = "leaves the attachment folder";
        }
        if (outside != null) {
            row.problem(item.column(), name, outside + "; expected a file name inside " + folder
                    + " — copy the file there and name it relative to that folder");
            return null;
        }
        return check(row, folder, item, path);
    }

    /** Why the name points outside any folder, or {@code null}. */
    private static String outside(String name) {
        if (name.startsWith("\\\\") || name.startsWith("//")) {
            return "a network share path";
        }
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            return "an absolute path";
        }
        for (String step : name.split("[/\\\\]")) {
            if (step.equals("..")) {
                return "climbs out with '..'";
            }
        }
        return null;
    }

    private AttachmentFile check(RowReading row, Path folder, ListRule.Item item, Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            String what = Files.exists(path) ? "cannot be read as a file" : "no such file";
            return missing(row, item, what + " in " + folder);
        }
        try {
            if (!path.toRealPath().startsWith(folder.toRealPath())) {
                row.problem(item.column(), item.text(), "is a link leading out of the attachment folder " + folder);
                return null;
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                row.problem(item.column(), item.text(), "is " + size(size) + "; the limit is " + size(maxBytes)
                        + " (attachments.max_size_mb)");
                return null;
            }
        } catch (IOException e) {
            return missing(row, item, "cannot be read (" + e + ")");
        }
        return new AttachmentFile(path.getFileName().toString(), path);
    }

    private AttachmentFile missing(RowReading row, ListRule.Item item, String what) {
        if (skipMissing) {
            row.warn("column '" + item.column() + "': attachment '" + item.text() + "' left out: " + what
                    + " (attachments.missing: skip)");
        } else {
            row.problem(item.column(), item.text(), what + "; add the file or set attachments.missing: skip");
        }
        return null;
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", Math.ceil(bytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static boolean skipMissing(String missing) {
        if (missing == null || missing.equalsIgnoreCase("reject")) {
            return false;
        }
        if (missing.equalsIgnoreCase("skip")) {
            return true;
        }
        throw new InvalidSettingException("attachments.missing", "'" + missing + "' is not a choice here; expected "
                + "reject (the row is refused) or skip (the file is left out with a warning)");
    }
}
