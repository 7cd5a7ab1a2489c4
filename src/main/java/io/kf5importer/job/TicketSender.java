package io.kf5importer.job;

import io.kf5importer.kf5.CreatedTicket;
import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5OutcomeUnknownException;
import io.kf5importer.kf5.Kf5RejectedException;
import io.kf5importer.kf5.Kf5UnavailableException;
import io.kf5importer.kf5.TicketJson;
import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.ledger.NewClaim;
import io.kf5importer.ledger.RowState;
import io.kf5importer.mapping.AttachmentFile;
import io.kf5importer.mapping.MappedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return settle(row, since, runId, reconciler.round());
    }

    /**
     * Resolves a row left uncertain as {@link #settle(PreparedRow, Instant, long)} does, taking the tickets created
     * since its send from the round's shared listing.
     *
     * @param round a round from {@link #settleRound} that holds this row
     */
    RowOutcome settle(PreparedRow row, Instant since, long runId, Reconciler.Round round) {
        return send(row, since, runId, round);
    }

    /**
     * A settle round for these rows: the tickets created since the earliest of their sends are listed once, for all
     * of them, when the first needs it. Reads each row's send from the ledger.
     */
    Reconciler.Round settleRound(List<UnsettledRow> rows) {
        Instant earliestSend = null;
        Instant lastSend = null;
        for (UnsettledRow unsettled : rows) {
            Optional<LedgerRow> known = ledger.find(target, unsettled.row().key());
            if (known.isEmpty() || known.get().state() != RowState.SENDING) {
                continue;
            }
            Instant sentAt = known.get().sentAt() == null ? Instant.EPOCH : known.get().sentAt();
            Instant rowLastSend = sentAt.isBefore(unsettled.since()) ? unsettled.since() : sentAt;
            earliestSend = earliestSend == null || sentAt.isBefore(earliestSend) ? sentAt : earliestSend;
            lastSend = lastSend == null || rowLastSend.isAfter(lastSend) ? rowLastSend : lastSend;
        }
        return earliestSend == null ? reconciler.round() : reconciler.round(earliestSend, lastSend);
    }

    private RowOutcome send(PreparedRow row, Instant settleSince, long runId) {
        return send(row, settleSince, runId, null);
    }

    private RowOutcome send(PreparedRow row, Instant settleSince, long runId, Reconciler.Round round) {
        MappedRow mapped = row.mapped();
        if (mapped.isRejected()) {
            return reject(row, runId);
        }
        TicketJson json = row.ticketJson();
        Optional<LedgerRow> claimed = ledger.claim(target, row.key(), row.sourceFile(), row.rowNumber(),
                json.sha256(), runId);
        if (claimed.isPresent()) {
            return create(row, claimed.get(), json, runId, this::recordCreated);
        }
        LedgerRow known = ledger.find(target, row.key()).orElseThrow();
        if (known.state() == RowState.CREATED) {
            return alreadyCreated(row, known, runId);
        }
        if (settleSince == null) {
            return RowOutcome.uncertain(row, "found being sent (by an earlier run, or a row with the same key); KF5"
                    + " will be searched for its ticket at the end of this run");
        }
        return reconcileThenCreate(row, known, settleSince, runId, round);
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
                    + " (ticket " + known.ticketId() + "); give each row its own key");
        }
        return changes.compare(row, known, runId);
    }

    /**
     * A row whose key an earlier row of this run already stands for (created, found imported, or being sent): it is
     * rejected, and the ticket of the earlier row is left as it is.
     */
    RowOutcome duplicateOf(PreparedRow row, RowOutcome earlier) {
        String what = earlier.ticketId() != null ? "ticket " + earlier.ticketId() : "being sent";
        return RowOutcome.rejected(row, "key '" + row.key() + "' is also on row " + earlier.row().rowNumber() + " ("
                + what + "); give each row its own key");
    }

    private static boolean sameRunOtherRow(LedgerRow known, PreparedRow row, long runId) {
        return known.runId() != null && known.runId() == runId && known.rowNumber() != row.rowNumber();
    }

    private RowOutcome reconcileThenCreate(PreparedRow row, LedgerRow inFlight, Instant since, long runId,
            Reconciler.Round round) {
        TicketRequest ticket = row.mapped().ticket();
        Optional<Long> found;
        try {
            found = reconciler.findTicket(row.key(), inFlight.sentAt(), since, ticket, round);
        } catch (Kf5RejectedException | Kf5UnavailableException e) {
            return RowOutcome.uncertain(row, "KF5 could not be searched for the row's ticket (" + e.getMessage()
                    + "); it stays unsent until KF5 says whether it has one");
        }
        if (found.isPresent()) {
            ledger.markCreated(target, row.key(), found.get(), runId);
            return RowOutcome.created(row, found.get());
        }
        TicketJson json = row.ticketJson();
        ledger.resend(target, row.key(), json.sha256(), runId);
        return create(row, inFlight, json, runId, this::recordCreated);
    }

    /**
     * Claims ahead, in one statement, the rows of a chunk that were never sent (their keys new to the ledger, each
     * key once): send every row of the chunk through the claim, and close it when they are done. A chunk then costs
     * the ledger two statements instead of two a row.
     *
     * @param rows rows whose keys are not shared with another row being sent
     */
    public ChunkClaim claimChunk(List<PreparedRow> rows, long runId) {
        Map<String, TicketJson> tickets = new HashMap<>();
        List<NewClaim> claims = new ArrayList<>();
        for (PreparedRow row : rows) {
            if (!row.mapped().isRejected() && !tickets.containsKey(row.key())) {
                TicketJson json = row.ticketJson();
                tickets.put(row.key(), json);
                claims.add(new NewClaim(row.key(), row.sourceFile(), row.rowNumber(), json.sha256()));
            }
        }
        Set<String> claimed = ledger.claimNew(target, claims, runId);
        tickets.keySet().retainAll(claimed);
        return new ChunkClaim(this, ledger, target, tickets, runId);
    }

    private void recordCreated(PreparedRow row, long ticketId, long runId) {
        ledger.markCreated(target, row.key(), ticketId, runId);
    }

    /** Creates the ticket of a row claimed already, and hands its id to {@code recorder}. */
    RowOutcome create(PreparedRow row, LedgerRow entry, TicketJson json, long runId, CreatedRecorder recorder) {
        try {
            CreatedTicket created = createWithAttachments(row, entry, json);
            recorder.created(row, created.id(), runId);
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
    private CreatedTicket createWithAttachments(PreparedRow row, LedgerRow entry, TicketJson json) {
        TicketRequest ticket = row.mapped().ticket();
        List<String> tokens = entry.attachmentTokens().size() == row.mapped().attachments().size()
                ? entry.attachmentTokens() : upload(row);
        try {
            return client.createTicket(tokens.isEmpty() ? json : TicketJson.of(ticket.withUploads(tokens)));
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

    /** Where the id of a ticket just created goes: into the ledger at once, or with the rest of its chunk. */
    @FunctionalInterface
    interface CreatedRecorder {

        void created(PreparedRow row, long ticketId, long runId);
    }

    /** An attachment upload that failed for good: the row fails, the run goes on. */
    private static final class AttachmentException extends RuntimeException {

        AttachmentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
