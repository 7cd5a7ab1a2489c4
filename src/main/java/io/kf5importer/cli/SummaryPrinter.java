package io.kf5importer.cli;

import io.kf5importer.job.ImportRequest;
import io.kf5importer.job.ImportResult;
import io.kf5importer.job.RowOutcome;
import io.kf5importer.ledger.RunCounts;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The closing summary of an import, for the operator. */
final class SummaryPrinter {

    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ImportRequest request, ImportResult result) {
        RunCounts counts = result.counts();
        out.printf(Locale.ROOT, "Run %d: %s %s into %s in %.1f s%n", result.runId(), verb(result),
                request.sourceFile().getFileName(), request.targetUrl(), result.took().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "  rows read         %d%n", counts.read());
        out.printf(Locale.ROOT, "  tickets created   %d%n", counts.created());
        out.printf(Locale.ROOT, "  already imported  %d%n", counts.skipped());
        out.printf(Locale.ROOT, "  rejected          %d%n", counts.rejected());
        out.printf(Locale.ROOT, "  failed            %d%n", counts.failed());
        printRows("Rejected rows (fix them in the source and run again):", result.problems(),
                RowOutcome.Result.REJECTED);
        printRows("Failed rows (run again to retry them):", result.problems(), RowOutcome.Result.FAILED);
        if (counts.created() == 0 && result.completed()) {
            out.println("Nothing new was created: every good row was already imported.");
        }
        if (result.failure() != null) {
            out.println("The run ended early: " + result.failure());
        }
        if (!result.completed()) {
            out.println("Run the same command again to resume where it stopped.");
        }
        out.flush();
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
}
