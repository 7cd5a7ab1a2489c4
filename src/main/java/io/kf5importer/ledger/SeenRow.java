package io.kf5importer.ledger;

/**
 * A row a run found already created, where the run met it ({@link Ledger#markSeen}).
 *
 * @param key the row's identity across runs
 * @param sourceFile the file it was read from
 * @param rowNumber its row number there
 */
public record SeenRow(String key, String sourceFile, long rowNumber) {
}
