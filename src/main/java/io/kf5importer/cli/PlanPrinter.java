package io.kf5importer.cli;

import io.kf5importer.plan.ImportPlan;
import io.kf5importer.plan.RejectionCause;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** A plan, for the operator: what the import would do, what it would send, and how long it would take. */
final class PlanPrinter {

    private final PrintWriter out;

    PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ImportPlan plan) {
        out.println("Plan (nothing was written to KF5):");
        out.printf(Locale.ROOT, "  rows read          %d%n", plan.rowsRead());
        out.printf(Locale.ROOT, "  to create          %d%n", plan.toCreate());
        String toSkip = plan.skipsChecked() ? plan.toSkip() + "  (already imported)" : "not checked (no ledger)";
        out.printf(Locale.ROOT, "  to skip            %s%n", toSkip);
        out.printf(Locale.ROOT, "  to reject          %d%n", plan.toReject());
        printCauses(plan.causes());
        printWarnings(plan);
        out.println("API calls the import would make:");
        out.printf(Locale.ROOT, "  ticket creates     %d%n", plan.creates());
        out.printf(Locale.ROOT, "  attachment uploads %d  (%s)%n", plan.uploads(), size(plan.attachmentBytes()));
        out.printf(Locale.ROOT, "  lookups            %s%n", plan.lookups() < 0 ? "unknown (offline)"
                : plan.lookups() + "  (sign-in check and account directory, fetched once)");
        out.printf(Locale.ROOT, "  total              %d%n", plan.apiCalls());
        out.printf(Locale.ROOT, "Estimated duration   %s at %d requests/minute%n", duration(plan.estimatedDuration()),
                plan.ratePerMinute());
        plan.notes().forEach(note -> out.println("Not checked: " + note));
        out.flush();
    }

    private void printCauses(List<RejectionCause> causes) {
        if (causes.isEmpty()) {
            return;
        }
        out.println("Rows to reject, by cause (fix them in the source, or the mapping):");
        for (RejectionCause cause : causes) {
            String rows = String.join(", ", cause.firstRows().stream().map(String::valueOf).toList());
            out.printf(Locale.ROOT, "  %4d × %s%n         rows %s%s%n", cause.rows(), cause.cause(), rows,
                    cause.rows() > cause.firstRows().size() ? ", …" : "");
        }
    }

    private void printWarnings(ImportPlan plan) {
        if (plan.warnedRows() > 0) {
            out.printf(Locale.ROOT, "Rows sent with warnings: %d%n", plan.warnedRows());
            plan.firstWarnings().forEach(warning -> out.println("  " + warning));
        }
        if (plan.uncheckedRows() > 0) {
            out.printf(Locale.ROOT, "Rows with values only the KF5 account can check: %d (give --url to check them)%n",
                    plan.uncheckedRows());
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return "about " + seconds + " s";
        }
        return String.format(Locale.ROOT, "about %d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
