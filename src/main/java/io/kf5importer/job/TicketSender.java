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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Takes one row to exactly one ticket: the ledger first records that the row is being sent, then the ticket is
 * created, then its id is recorded. A row found half-sent (by a crash, or a create that got no answer) is reconciled
 * with KF5 before it may be sent again, and only once KF5 had time to finish a create still on its way: {@link #send}
 * never waits for that and answers such a row {@link RowOutcome.Result#UNCERTAIN}; {@link #settle} waits, looks for
 * the ticket, and sends the row again only when KF5 has none. Thread-safe; rows with the same key must not be sent
 * concurrently.
 *
 * <p>Attachments are uploaded once and their tokens kept in the ledger for a create sent again; when KF5 refuses the
 * tokens (unknown, or already bound), the files are uploaded again once and the create retried.
 *
 * <p>A {@link io.kf5importer.kf5.Kf5FatalException} is not caught: it stops the run, and the row stays
 * {@link RowState#SENDING} to be reconciled on the next run.
 */
public class TicketSender {

    private static final Logger log = LoggerFactory.getLogger(TicketSender.class);

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

    /**
     * Sends a row that has not been sent, skips one already created, and answers {@link RowOutcome.Result#UNCERTAIN}
     * for one found being sent (by an earlier run, or an earlier row with its key), which {@link #settle} resolves.
     */
    public RowOutcome send(PreparedRow row, long runId) {
        return send(row, null, runId);
    }

    /**
     * Resolves a row left uncertain: waits until KF5 had time to finish any create sent for it before {@code since},
     * looks for its ticket, and sends it again only when there is none.
     *
     * @param since when this run learned the row was uncertain; a create sent earlier may still be on its way
     */
    public RowOutcome settle(PreparedRow row, Instant since, long runId) {
        return send(row, since, runId);
    }

    private RowOutcome send(PreparedRow row, Instant settleSince, long runId) {
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
        if (settleSince == null) {
            return RowOutcome.uncertain(row, "found being sent (by an earlier run, or a row with the same key); KF5"
                    + " will be searched for its ticket at the end of this run");
        }
        return reconcileThenCreate(row, known, settleSince, runId);
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

    private RowOutcome reconcileThenCreate(PreparedRow row, LedgerRow inFlight, Instant since, long runId) {
        TicketRequest ticket = row.mapped().ticket();
        Optional<Long> found;
        try {
            found = reconciler.findTicket(row.key(), inFlight.sentAt(), since, ticket);
        } catch (Kf5RejectedException | Kf5UnavailableException e) {
            return RowOutcome.uncertain(row, "KF5 could not be searched for the row's ticket (" + e.getMessage()
                    + "); it stays unsent until KF5 says whether it has one");
        }
        if (found.isPresent()) {
            ledger.markCreated(target, row.key(), found.get(), runId);
            return RowOutcome.created(row, found.get());
        }
        ledger.resend(target, row.key(), fingerprint(ticket), runId);
        return create(row, inFlight, runId);
    }

    private RowOutcome create(PreparedRow row, LedgerRow entry, long runId) {
        try {
            CreatedTicket created = createWithAttachments(row, entry);
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

    /**
     * Creates the ticket with the row's attachment tokens. A refusal of the tokens themselves (KF5 did not create the
     * ticket) is answered once by uploading the files again: a kept token may have expired or been bound meanwhile.
     */
    private CreatedTicket createWithAttachments(PreparedRow row, LedgerRow entry) {
        TicketRequest ticket = row.mapped().ticket();
        List<String> tokens = entry.attachmentTokens().size() == row.mapped().attachments().size()
                ? entry.attachmentTokens() : upload(row);
        try {
            return client.createTicket(ticket.withUploads(tokens));
        } catch (Kf5RejectedException refused) {
            if (tokens.isEmpty() || !refusesUploads(refused)) {
                throw refused;
            }
            log.info("Row {} of {}: KF5 refused its attachment tokens ({}); uploading the files again",
                    row.rowNumber(), row.sourceFile(), refused.getMessage());
            return client.createTicket(ticket.withUploads(upload(row)));
        }
    }

    /** Whether KF5 blamed the comment's {@code uploads}: the field it names, or failing that its message. */
    private static boolean refusesUploads(Kf5RejectedException refused) {
        if (refused.field() != null) {
            return refused.field().contains("uploads");
        }
        String message = String.valueOf(refused.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("upload") || message.contains("token");
    }

    /** Uploads the row's attachments and keeps their tokens in the ledger for a create sent again. */
    private List<String> upload(PreparedRow row) {
        List<AttachmentFile> files = row.mapped().attachments();
        if (files.isEmpty()) {
            return List.of();
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
