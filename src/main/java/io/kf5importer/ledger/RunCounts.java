package io.kf5importer.ledger;

/**
 * What a run did to its rows, or a part of it.
 *
 * @param read rows read from the source (readable or not)
 * @param created tickets created
 * @param skipped rows already imported before
 * @param rejected rows that cannot be mapped
 * @param failed rows KF5 refused or could not take
 */
public record RunCounts(long read, long created, long skipped, long rejected, long failed) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts other) {
        return new RunCounts(read + other.read, created + other.created, skipped + other.skipped,
                rejected + other.rejected, failed + other.failed);
    }
}
