package io.kf5importer.job;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.mapping.TicketMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the ticket a create may have made when its answer never came, so that the row is not sent twice.
 *
 * <p>With a marker field (a custom field that holds the row's key on every imported ticket) the ticket is searched by
 * that value and confirmed by comparing the field exactly; tickets created since the send are then listed as a
 * fallback, and matched by the marker field or the marker tag. Without a marker the fallback matches title and
 * description, which is weaker: configure a marker for real migrations.
 */
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    /** Clocks of KF5 and of this machine may differ; list from this long before the send. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final Kf5Client client;
    private final TicketMarker marker;
    private final Duration settleAfter;

    /**
     * @param marker what each imported ticket carries to be found by its row key
     * @param settleAfter how long after a send KF5 is given to finish it before searching
     */
    public Reconciler(Kf5Client client, TicketMarker marker, Duration settleAfter) {
        this.client = client;
        this.marker = marker;
        this.settleAfter = settleAfter;
    }

    /**
     * The id of the ticket KF5 made for this row, if it made one. Waits until a create sent before {@code since} has
     * had {@code settleAfter} to finish: KF5 may still act on a request whose answer was given up on.
     *
     * @param sentAt when the row's last create was sent (the ledger's record), or {@code null}
     * @param since when this run learned the row was uncertain: no create of it left this process afterwards
     */
    public Optional<Long> findTicket(String key, Instant sentAt, Instant since, TicketRequest ticket) {
        awaitSettled(sentAt == null || sentAt.isBefore(since) ? since : sentAt);
        if (marker.customField() != null) {
            Optional<Long> found = client.searchTicketsByFieldValue(key).stream()
                    .filter(candidate -> hasMarker(candidate, key))
                    .map(candidate -> candidate.get("id").asLong())
                    .min(Long::compare);
            if (found.isPresent()) {
                return found;
            }
        }
        // TODO: the fallback lists every ticket created since the send, once per row; after a run killed long ago
        //  that is many pages per row. List once per settle round and match every unsettled row locally.
        Instant listFrom = (sentAt == null ? Instant.EPOCH : sentAt).minus(CLOCK_MARGIN);
        return client.ticketsCreatedSince(String.valueOf(listFrom.getEpochSecond())).stream()
                .filter(candidate -> marker.isNone() ? sameContent(candidate, ticket) : hasMarker(candidate, key))
                .map(candidate -> candidate.get("id").asLong())
                .min(Long::compare);
    }

    private void awaitSettled(Instant lastSend) {
        Duration wait = Duration.between(Instant.now(), lastSend.plus(settleAfter));
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        log.info("Waiting {} s for KF5 to settle a create that got no answer before searching for its ticket",
                String.format(Locale.ROOT, "%.1f", wait.toMillis() / 1000.0));
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to reconcile", e);
        }
    }

    private boolean hasMarker(JsonNode ticket, String key) {
        for (JsonNode field : ticket.path("custom_fields")) {
            if (field.path("name").asString().equals(marker.customField())
                    && key.equals(field.path("value").asString())) {
                return true;
            }
        }
        String tag = marker.tag(key);
        for (JsonNode candidate : ticket.path("tags")) {
            if (candidate.asString().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameContent(JsonNode candidate, TicketRequest ticket) {
        if (ticket == null) {
            return false;
        }
        return Objects.equals(candidate.path("title").asString(), ticket.title())
                && Objects.equals(candidate.path("description").asString(), ticket.comment().content());
    }
}
