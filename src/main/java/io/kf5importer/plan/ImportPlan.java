package io.kf5importer.plan;

import java.time.Duration;
import java.util.List;

/**
 * What an import of a source would do, found without writing anything to KF5.
 *
 * @param rowsRead every record of the source, unreadable ones included
 * @param toCreate rows that would become tickets
 * @param toSkip rows the ledger says are already imported into the target
 * @param skipsChecked whether a ledger was consulted for them (otherwise {@code toSkip} is 0, unknown)
 * @param toReject rows that would be rejected, each counted once
 * @param causes why rows would be rejected, most rows first (a row with two problems counts under both)
 * @param warnedRows rows that would be sent with warnings
 * @param firstWarnings the first few warnings, as "row N: warning"
 * @param uncheckedRows rows holding values only the account can check (offline: left out of their bodies)
 * @param notes what the whole rehearsal could not check, and why
 * @param uploads attachment uploads the import would make
 * @param attachmentBytes their total size
 * @param creates ticket creates the import would make
 * @param lookups reads of the account (sign-in check, directory) the import would make; {@code -1} when unknown
 * @param ratePerMinute the pace the import would keep (the configured rate less its headroom)
 */
public record ImportPlan(long rowsRead, long toCreate, long toSkip, boolean skipsChecked, long toReject,
        List<RejectionCause> causes, long warnedRows, List<String> firstWarnings, long uncheckedRows,
        List<String> notes, long uploads, long attachmentBytes, long creates, long lookups, int ratePerMinute) {

    public ImportPlan {
        causes = List.copyOf(causes);
        firstWarnings = List.copyOf(firstWarnings);
        notes = List.copyOf(notes);
    }

    /** Every request the import would make; lookups count as none when unknown. */
    public long apiCalls() {
        return uploads + creates + Math.max(0, lookups);
    }

    /** How long those requests take at the pace; rounded up to the second. */
    public Duration estimatedDuration() {
        long millis = (long) Math.ceil(apiCalls() * 60_000.0 / ratePerMinute);
        return Duration.ofSeconds((millis + 999) / 1000);
    }
}
