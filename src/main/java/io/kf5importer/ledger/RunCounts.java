package io.kf5importer.ledger;

/**
 * What a run did to its rows, or a part of it.
 *
 * @param read rows read from the source (readable or not)
 * @param created tickets created
 * @param skipped rows already imported before, unchanged
 * @param rejected rows that cannot be mapped
 * @param failed rows KF5 refused or could not take
 * @param updated tickets updated because their row changed since it was imported ({@code --update-changed})
 * @param changed rows changed since they were imported, listed but not sent
 */
public record RunCounts(long read, long created, long skipped, long rejected, long failed, long updated,
        long changed) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0);

    /** Counts of a run that updated nothing. */
    public RunCounts(long read, long created, long skipped, long rejected, long failed) {
        this(read, created, skipped, rejected, failed, 0, 0);
    }

    public RunCounts plus(RunCounts other) {
        return new RunCounts(read + other.read, created + other.created, skipped + other.skipped,
                rejected + other.rejected, failed + other.failed, updated + other.updated,
                changed + other.changed);
    }

    /** Whether every row read ended created, updated or already there. */
    public boolean allImported() {
        return rejected == 0 && failed == 0 && changed == 0;
    }
}
