package io.kf5importer.plan;

import io.kf5importer.mapping.AttachmentFile;
import io.kf5importer.mapping.MappedRow;
import io.kf5importer.mapping.RowProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts of a plan as rows are decided. Not thread-safe: one per plan. */
final class PlanTally {

    private static final int ROWS_NAMED = 5;

    private static final int WARNINGS_SHOWN = 10;

    private final Map<String, CauseCount> causes = new LinkedHashMap<>();

    private final List<String> firstWarnings = new ArrayList<>();

    private long rowsRead;
    private long toCreate;
    private long toSkip;
    private long toReject;
    private long warnedRows;
    private long uncheckedRows;
    private long uploads;
    private long attachmentBytes;

    void read() {
        rowsRead++;
    }

    void skip() {
        toSkip++;
    }

    void create(MappedRow row) {
        toCreate++;
        for (AttachmentFile file : row.attachments()) {
            uploads++;
            attachmentBytes += size(file);
        }
        if (!row.warnings().isEmpty()) {
            warnedRows++;
            row.warnings().stream()
                    .limit(Math.max(0, WARNINGS_SHOWN - firstWarnings.size()))
                    .forEach(warning -> firstWarnings.add("row " + row.rowNumber() + ": " + warning));
        }
        if (!row.unchecked().isEmpty()) {
            uncheckedRows++;
        }
    }

    void reject(long rowNumber, List<RowProblem> problems) {
        toReject++;
        for (RowProblem problem : problems) {
            String cause = problem.column() == null ? problem.message()
                    : "column '" + problem.column() + "': " + problem.message();
            causes.computeIfAbsent(cause, CauseCount::new).add(rowNumber);
        }
    }

    ImportPlan plan(boolean skipsChecked, List<String> notes, long lookups, int ratePerMinute) {
        List<RejectionCause> byCause = causes.values().stream()
                .sorted(Comparator.comparingLong(CauseCount::rows).reversed())
                .map(count -> new RejectionCause(count.cause, count.rows, count.firstRows))
                .toList();
        return new ImportPlan(rowsRead, toCreate, toSkip, skipsChecked, toReject, byCause, warnedRows, firstWarnings,
                uncheckedRows, notes, uploads, attachmentBytes, toCreate, lookups, ratePerMinute);
    }

    private static long size(AttachmentFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException unreadable) {
            // The mapper checked the file a moment ago; the upload will report it if it is gone by then.
            return 0;
        }
    }

    private static final class CauseCount {

        private final String cause;
        private final List<Long> firstRows = new ArrayList<>();
        private long rows;

        CauseCount(String cause) {
            this.cause = cause;
        }

        long rows() {
            return rows;
        }

        void add(long rowNumber) {
            rows++;
            if (firstRows.size() < ROWS_NAMED) {
                firstRows.add(rowNumber);
            }
        }
    }
}
