package io.kf5importer.job;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5NotFoundException;
import io.kf5importer.kf5.Kf5OutcomeUnknownException;
import io.kf5importer.kf5.Kf5RejectedException;
import io.kf5importer.kf5.Kf5UnavailableException;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;

/**
 * The delta of a row imported by an earlier run: unchanged (its mapped ticket has the fingerprint the ledger kept of
 * what was sent), or changed. A changed row is listed; when asked, its ticket is updated through
 * {@code PUT /apiv2/tickets/{id}.json} with {@link io.kf5importer.kf5.TicketRequest#forUpdate()} (no comment: an
 * update's comment would add a reply; no requester or template: KF5 does not change them on update), and the ledger
 * then keeps the new fingerprint. Thread-safe.
 */
public class ChangedTickets {

    private final Kf5Client client;
    private final Ledger ledger;
    private final String target;
    private final boolean update;

    /**
     * @param update whether changed rows update their ticket ({@code --update-changed}) or are only listed
     */
    public ChangedTickets(Kf5Client client, Ledger ledger, String target, boolean update) {
        this.client = client;
        this.ledger = ledger;
        this.target = target;
        this.update = update;
    }

    /** What becomes of a row whose key the ledger holds as created. */
    RowOutcome compare(PreparedRow row, LedgerRow created, long runId) {
        String now = row.ticketJson().sha256();
        if (created.payloadSha256() == null || now.equals(created.payloadSha256())) {
            return RowOutcome.skipped(row, created.ticketId());
        }
        if (!update) {
            return RowOutcome.changed(row, created.ticketId(), "changed since it was imported as ticket "
                    + created.ticketId() + "; run with --update-changed to update the ticket");
        }
        return updateTicket(row, created.ticketId(), now, runId);
    }

    private RowOutcome updateTicket(PreparedRow row, long ticketId, String fingerprint, long runId) {
        try {
            client.updateTicket(ticketId, row.mapped().ticket().forUpdate());
            ledger.markUpdated(target, row.key(), fingerprint, runId);
            return RowOutcome.updated(row, ticketId);
        } catch (Kf5NotFoundException e) {
            return RowOutcome.failed(row, "changed since it was imported, but ticket " + ticketId
                    + " no longer exists in KF5; it is not created again");
        } catch (Kf5RejectedException e) {
            return RowOutcome.failed(row, "KF5 refused the update of ticket " + ticketId + " (HTTP " + e.status()
                    + "): " + e.getMessage());
        } catch (Kf5UnavailableException e) {
            return RowOutcome.failed(row, "KF5 unavailable for the update of ticket " + ticketId + ": "
                    + e.getMessage() + "; the next run tries again");
        } catch (Kf5OutcomeUnknownException e) {
            return RowOutcome.failed(row, "no answer to the update of ticket " + ticketId + " (" + e.getMessage()
                    + "); the next run sends it again");
        }
    }
}
