package io.kf5importer.job;

import io.kf5importer.kf5.CreatedTicket;
import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5OutcomeUnknownException;
import io.kf5importer.kf5.Kf5RejectedException;
import io.kf5importer.kf5.Kf5UnavailableException;
import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.ledger.RowState;
import io.kf5importer.mapping.AttachmentFile;
import io.kf5importer.mapping.MappedRow;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Takes one row to exactly one ticket: the ledger first records that the row is being sent, then the ticket is
 * created, then its id is recorded. A row found half-sent (by a crash, or a create that got no answer) is reconciled
 * with KF5 before it may be sent again. Thread-safe; rows with the same key must not be sent concurrently.
 *
 * <p>A {@link io.kf5importer.kf5.Kf5FatalException} is not caught: it stops the run, and the row stays
 * {@link RowState#SENDING} to be reconciled on the next run.
 */
public class TicketSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Kf5Client client;
    private final Ledger ledger;
    private final Reconciler reconciler;
    private final String target;
    private final ChangedTickets changes;

    /** A sender that lists rows changed since their import without updating their tickets. */
    public TicketSender(Kf5Client client, Ledger ledger, Reconciler reconciler, String target) {
        this(client, ledger, reconciler, target, new ChangedTickets(client, ledger, target, false));
    }

    public TicketSender(Kf5Client client, Ledger ledger, Reconciler reconciler, String target,
            ChangedTickets changes) {
        this.client = client;
        this.ledger = ledger;
        this.reconciler = reconciler;
        this.target = target;
        this.changes = changes;
    }

    public RowOutcome send(PreparedRow row, long runId) {
        MappedRow mapped = row.mapped();
        if (mapped.isRejected()) {
            return reject(row, runId);
        }
        Optional<LedgerRow> claimed = ledger.claim(target, row.key(), row.sourceFile(), row.rowNumber(),
                fingerprint(mapped.ticket()), runId);
        if (claimed.isPresent()) {
            return create(row, claimed.get(), runId);
        }
        LedgerRow known = ledger.find(target, row.key()).orElseThrow();
        if (known.state() == RowState.CREATED) {
            return alreadyCreated(row, known, runId);
        }
        return reconcileThenCreate(row, known, runId);
    }

    private RowOutcome reject(PreparedRow row, long runId) {
        Optional<LedgerRow> known = ledger.find(target, row.key());
        if (known.isPresent() && known.get().state() == RowState.CREATED && !sameRunOtherRow(known.get(), row,
                runId)) {
            return RowOutcome.skipped(row, known.get().ticketId());
        }
        String reason = row.mapped().rejectionReason();
        ledger.recordRejected(target, row.key(), row.sourceFile(), row.rowNumber(), reason, runId);
        return RowOutcome.rejected(row, reason);
    }

    private RowOutcome alreadyCreated(PreparedRow row, LedgerRow known, long runId) {
        if (sameRunOtherRow(known, row, runId)) {
            return RowOutcome.rejected(row, "key '" + row.key() + "' is also on row " + known.rowNumber()
                    + ", which this run imported as ticket " + known.ticketId() + "; give each row its own key");
        }
        return changes.compare(row, known, runId);
    }

    private static boolean sameRunOtherRow(LedgerRow known, PreparedRow row, long runId) {
        return known.runId() != null && known.runId() == runId && known.rowNumber() != row.rowNumber();
    }

    private RowOutcome reconcileThenCreate(PreparedRow row, LedgerRow inFlight, long runId) {
        TicketRequest ticket = row.mapped().ticket();
        Optional<Long> found = reconciler.findTicket(row.key(), inFlight.sentAt(), ticket);
        if (found.isPresent()) {
            ledger.markCreated(target, row.key(), found.get(), runId);
            return RowOutcome.created(row, found.get());
        }
        ledger.resend(target, row.key(), fingerprint(ticket), runId);
        return create(row, inFlight, runId);
    }

    private RowOutcome create(PreparedRow row, LedgerRow entry, long runId) {
        try {
            List<String> tokens = upload(row, entry);
            CreatedTicket created = client.createTicket(row.mapped().ticket().withUploads(tokens));
            ledger.markCreated(target, row.key(), created.id(), runId);
            return RowOutcome.created(row, created.id());
        } catch (Kf5RejectedException e) {
            String reason = "KF5 refused the ticket (HTTP " + e.status() + "): " + e.getMessage();
            ledger.markFailed(target, row.key(), reason, runId);
            return RowOutcome.failed(row, reason);
        } catch (Kf5UnavailableException e) {
            String reason = "KF5 unavailable: " + e.getMessage();
            ledger.markFailed(target, row.key(), reason, runId);
            return RowOutcome.failed(row, reason);
        } catch (AttachmentException e) {
            ledger.markFailed(target, row.key(), e.getMessage(), runId);
            return RowOutcome.failed(row, e.getMessage());
        } catch (Kf5OutcomeUnknownException e) {
            return RowOutcome.uncertain(row, "no answer to the create (" + e.getMessage()
                    + "); KF5 will be searched for the ticket before it is sent again");
        }
    }

    /** Uploads the row's attachments once; tokens saved by an earlier attempt are reused. */
    private List<String> upload(PreparedRow row, LedgerRow entry) {
        List<AttachmentFile> files = row.mapped().attachments();
        if (files.isEmpty()) {
            return List.of();
        }
        if (entry.attachmentTokens().size() == files.size()) {
            return entry.attachmentTokens();
        }
        List<String> tokens = new ArrayList<>();
        for (AttachmentFile file : files) {
            try {
                tokens.add(client.uploadAttachment(file.name(), file.path()));
            } catch (Kf5RejectedException | Kf5UnavailableException e) {
                throw new AttachmentException("attachment '" + file.name() + "' could not be uploaded: "
                        + e.getMessage(), e);
            }
        }
        ledger.saveAttachmentTokens(target, row.key(), tokens);
        return tokens;
    }

    static String fingerprint(TicketRequest ticket) {
        try {
            byte[] body = JSON.writeValueAsString(ticket).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** An attachment upload that failed for good: the row fails, the run goes on. */
    private static final class AttachmentException extends RuntimeException {

        AttachmentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
