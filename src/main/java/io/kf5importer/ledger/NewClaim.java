package io.kf5importer.ledger;

/**
 * A row about to be sent for the first time, as {@link Ledger#claimNew} writes it ahead.
 *
 * @param key the row's identity across runs
 * @param sourceFile the file it is read from
 * @param rowNumber its row number there
 * @param payloadSha256 fingerprint of the ticket about to be sent
 */
public record NewClaim(String key, String sourceFile, long rowNumber, String payloadSha256) {
}
