package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;

import java.nio.file.Path;

/** The messages for workbooks that cannot be opened, so that both Excel readers word them alike. */
final class WorkbookFailures {

    private WorkbookFailures() {
    }

    /** Wraps whatever POI or the XML parser threw, naming the file and what the operator can do. */
    static SourceException unreadable(Path file, String format, Exception cause) {
        if (cause instanceof SourceException sourceException) {
            return sourceException;
        }
        String reason = rootMessage(cause);
        if (reason.contains("Zip bomb")) {
            return new SourceException(file, "looks like a zip bomb: a part of it inflates far more than a real "
                    + "workbook does, and the reader's safety limits stopped it; if the file is genuine, open it in "
                    + "Excel, save it again or export it as CSV", cause);
        }
        return new SourceException(file, "cannot be read as an " + format + " workbook (" + reason + "); it may be "
                + "damaged or cut short: open it in Excel and save it again, or export it as CSV", cause);
    }

    static SourceException encrypted(Path file, boolean passwordGiven) {
        String tried = passwordGiven ? " (the password given does not open it)" : "";
        return new SourceException(file, "is encrypted; pass --file-password with the password that opens it in "
                + "Excel" + tried);
    }

    static SourceException notAWorkbook(Path file, String container, String found) {
        return new SourceException(file, "is " + container + " but not an Excel workbook" + found
                + "; check that you picked the right file, or export the data again as .xlsx or CSV");
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            if (root.getMessage() != null && root.getMessage().contains("Zip bomb")) {
                break;
            }
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
