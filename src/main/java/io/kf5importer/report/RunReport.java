package io.kf5importer.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reports of one run, in {@code <reports>/run-<id>/}: {@code results.csv} with one line per row (row, key,
 * status, ticket id, message), and, once a row is rejected or failed, {@code failed-rows.csv} or
 * {@code failed-rows.xlsx} in the source's format. Rows are written as they come, never held. Thread-safe.
 */
public final class RunReport implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunReport.class);

    /** The columns of {@code results.csv}. */
    public static final List<String> RESULT_COLUMNS = List.of("row", "key", "status", "ticket_id", "message");

    private final Path folder;
    private final ReportCsvWriter results;
    private String sourceFormat = "csv";
    private String sheet;
    private List<String> header;
    private FailedRowsFile failedRows;

    private RunReport(Path folder, ReportCsvWriter results) {
        this.folder = folder;
        this.results = results;
    }

    /**
     * Creates {@code run-<id>} under the reports folder and starts its {@code results.csv}. When that folder exists
     * already (left by a run of another database sharing the folder), {@code run-<id>.2}, {@code .3}... is taken
     * instead, so that no report is overwritten.
     */
    public static RunReport open(Path reportsFolder, long runId) {
        Path folder = reportsFolder.resolve("run-" + runId).toAbsolutePath().normalize();
        try {
            Files.createDirectories(reportsFolder);
            for (int copy = 2; !created(folder); copy++) {
                folder = folder.resolveSibling("run-" + runId + "." + copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the report folder " + folder + ": " + e.getMessage()
                    + "; pass --reports with a writable folder", e);
        }
        return new RunReport(folder, ReportCsvWriter.create(folder.resolve("results.csv"), RESULT_COLUMNS));
    }

    public Path folder() {
        return folder;
    }

    private static boolean created(Path folder) throws IOException {
        try {
            Files.createDirectory(folder);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException taken) {
            return false;
        }
    }

    /**
     * Tells the report what the source looks like, before its first row.
     *
     * @param format {@code csv}, {@code xlsx} or {@code xls}: the failed rows are written as CSV for a CSV source,
     *        as {@code .xlsx} for a workbook
     * @param sheet the sheet read, or {@code null}
     * @param columns the source's header
     */
    public synchronized void sourceOpened(String format, String sheet, List<String> columns) {
        this.sourceFormat = format;
        this.sheet = sheet;
        this.header = List.copyOf(columns);
    }

    public synchronized void add(ReportRow row) {
        results.write(resultCells(row));
        if (row.isProblem()) {
            failedRows().add(row);
        }
    }

    /** The failed-rows file, if any row was rejected or failed. */
    public synchronized Optional<Path> failedRowsFile() {
        return Optional.ofNullable(failedRows).map(FailedRowsFile::file);
    }

    private FailedRowsFile failedRows() {
        if (failedRows == null) {
            List<String> columns = header == null ? List.of() : header;
            failedRows = "csv".equals(sourceFormat)
                    ? new FailedRowsCsv(folder.resolve("failed-rows.csv"), columns)
                    : new FailedRowsXlsx(folder.resolve("failed-rows.xlsx"), columns, sheet);
        }
        return failedRows;
    }

    private static List<String> resultCells(ReportRow row) {
        List<String> cells = new ArrayList<>(RESULT_COLUMNS.size());
        cells.add(String.valueOf(row.rowNumber()));
        cells.add(row.key());
        cells.add(row.status());
        cells.add(row.ticketId() == null ? "" : String.valueOf(row.ticketId()));
        cells.add(row.message() == null ? "" : row.message());
        return cells;
    }

    @Override
    public synchronized void close() {
        try {
            results.close();
            if (failedRows != null) {
                failedRows.close();
            }
        } catch (IOException e) {
            log.warn("Could not finish the reports in {}: {}", folder, e.getMessage());
        }
    }
}
