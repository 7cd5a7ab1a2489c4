package io.kf5importer.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A row as the ledger knows it.
 *
 * @param key the row's identity across runs
 * @param sourceFile the file it was last seen in
 * @param rowNumber its row number there
 * @param state where it stands
 * @param ticketId the KF5 ticket id once created, else {@code null}
 * @param message why it was rejected or failed, else {@code null}
 * @param payloadSha256 fingerprint of the last request body sent, else {@code null}
 * @param attachmentTokens upload tokens obtained for it, reused when the create is retried
 * @param attempts how many times a create was sent for it
 * @param sentAt when the last create was sent, else {@code null}
 * @param runId the run that last touched it
 */
public record LedgerRow(String key, String sourceFile, long rowNumber, RowState state, Long ticketId, String message,
        String payloadSha256, List<String> attachmentTokens, int attempts, Instant sentAt, Long runId) {
}
