package io.kf5importer.cli;

import io.kf5importer.job.ImportRequest;
import io.kf5importer.job.ImportResult;
import io.kf5importer.job.RowOutcome;
import io.kf5importer.kf5.Kf5Statistics;
import io.kf5importer.kf5.RequestKind;
import io.kf5importer.ledger.RunCounts;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The closing summary of an import, for the operator. */
final class SummaryPrinter {

    /** The summary's file in a run's report folder. */
    static final String FILE_NAME = "summary.txt";

    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    /** Prints the summary, and saves it as {@value #FILE_NAME} in the run's report folder. */
    static void printAndSave(PrintWriter out, ImportRequest request, ImportResult result) {
        new SummaryPrinter(out).print(request, result);
        if (result.reportFolder() == null) {
            return;
        }
        Path file = result.reportFolder().resolve(FILE_NAME);
        try (PrintWriter saved = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            new SummaryPrinter(saved).print(request, result);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    void print(ImportRequest request, ImportResult result) {
        RunCounts counts = result.counts();
        out.printf(Locale.ROOT, "Run %d: %s %s into %s in %.1f s%n", result.runId(), verb(result),
                request.sourceFile().getFileName(), request.targetUrl(), result.took().toMillis() / 1000.0);
        if (result.alreadyImportedBy() != null) {
            out.printf(Locale.ROOT, "  nothing to do: run %d imported this very file (same content, mapping and"
                    + " account) whole%n", result.alreadyImportedBy());
            printReports(result);
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "  rows read         %d%n", counts.read());
        out.printf(Locale.ROOT, "  tickets created   %d%n", counts.created());
        out.printf(Locale.ROOT, "  already imported  %d%n", counts.skipped());
        out.printf(Locale.ROOT, "  tickets updated   %d%n", counts.updated());
        out.printf(Locale.ROOT, "  changed, not sent %d%n", counts.changed());
        out.printf(Locale.ROOT, "  rejected          %d%n", counts.rejected());
        out.printf(Locale.ROOT, "  failed            %d%n", counts.failed());
        printRequests(result.requests());
        printRows("Rejected rows (fix them in the source and run again):", result.problems(),
                RowOutcome.Result.REJECTED);
        printRows("Failed rows (KF5 refused them or could not take them; each reason says whether running again"
                + " can help):", result.problems(), RowOutcome.Result.FAILED);
        printChanged(result, counts);
        if (counts.created() + counts.updated() + counts.failed() == 0 && result.completed()) {
            out.println("Nothing new was created: every good row was already imported.");
        }
        if (result.failure() != null) {
            out.println("The run ended early: " + result.failure());
        }
        if (result.sourceUnreadable()) {
            // Running again unchanged reads the same bytes and stops at the same place.
            out.println("The source cannot be read past that point; the rows before it are counted above. Running"
                    + " again as is stops there again: fix the file there, or give the option the message names"
                    + " (such as --encoding), then run the command again; it resumes after the rows already read.");
        } else if (!result.completed()) {
            out.println("Run the same command again to resume where it stopped.");
        }
        printReports(result);
        out.flush();
    }

    private void printRequests(Kf5Statistics requests) {
        if (requests == null) {
            return;
        }
        out.printf(Locale.ROOT, "  requests to KF5   %d (%d creates, %d updates, %d uploads, %d lookups), %d retried%n",
                requests.requests(), sent(requests, RequestKind.TICKET_CREATE),
                sent(requests, RequestKind.TICKET_UPDATE), sent(requests, RequestKind.ATTACHMENT_UPLOAD),
                sent(requests, RequestKind.LOOKUP), requests.retries());
        if (requests.tooManyRequests() > 0) {
            out.printf(Locale.ROOT, "  held back         %d answers 429 (too many requests); pace now %d of %d"
                    + " requests a minute%n", requests.tooManyRequests(), requests.ratePerMinute(),
                    requests.configuredRatePerMinute());
        }
    }

    private static long sent(Kf5Statistics requests, RequestKind kind) {
        return requests.requestsByKind().getOrDefault(kind, 0L);
    }

    private static String verb(ImportResult result) {
        String verb = switch (result.status()) {
            case "COMPLETED" -> "imported";
            case "STOPPED" -> "stopped importing";
            default -> "failed importing";
        };
        return result.resumed() ? verb + " (resumed)" : verb;
    }

    private void printRows(String heading, List<RowOutcome> problems, RowOutcome.Result kind) {
        List<RowOutcome> rows = problems.stream().filter(outcome -> outcome.result() == kind).toList();
        if (rows.isEmpty()) {
            return;
        }
        out.println(heading);
        for (RowOutcome outcome : rows) {
            out.printf(Locale.ROOT, "  row %d (key %s): %s%n", outcome.row().rowNumber(), outcome.row().key(),
                    outcome.message());
        }
    }

    private void printChanged(ImportResult result, RunCounts counts) {
        if (counts.changed() == 0) {
            return;
        }
        out.println("Rows changed since their import, not sent (run with --update-changed to update their tickets):");
        for (RowOutcome outcome : result.changed()) {
            out.printf(Locale.ROOT, "  row %d (key %s): ticket %d%n", outcome.row().rowNumber(), outcome.row().key(),
                    outcome.ticketId());
        }
        if (counts.changed() > result.changed().size()) {
            out.printf(Locale.ROOT, "  ... and %d more, listed in results.csv%n",
                    counts.changed() - result.changed().size());
        }
    }

    private void printReports(ImportResult result) {
        if (result.reportFolder() == null) {
            return;
        }
        out.println("Reports: " + result.reportFolder());
        if (result.failedRowsFile() != null) {
            out.println("Rows to fix and import again: " + result.failedRowsFile());
        }
    }
}
