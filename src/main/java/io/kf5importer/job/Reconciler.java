package io.kf5importer.job;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.TicketRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the ticket a create may have made when its answer never came, so that the row is not sent twice.
 *
 * <p>With a marker field (a custom field that holds the row's key on every imported ticket) the ticket is searched by
 * that value and confirmed by comparing the field exactly; tickets created since the send are then listed as a
 * fallback. Without a marker the fallback matches title and description, which is weaker: configure a marker for
 * real migrations.
 */
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    /** Clocks of KF5 and of this machine may differ; list from this long before the send. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final Kf5Client client;
    private final String markerField;
    private final Duration settleAfter;

    /**
     * @param markerField the custom field ({@code field_N}) holding each ticket's row key, or {@code null}
     * @param settleAfter how long after a send KF5 is given to finish it before searching
     */
    public Reconciler(Kf5Client client, String markerField, Duration settleAfter) {
        this.client = client;
        this.markerField = markerField;
        this.settleAfter = settleAfter;
    }

    /** The id of the ticket KF5 made for this row, if it made one. Waits until the send has settled. */
    public Optional<Long> findTicket(String key, Instant sentAt, TicketRequest ticket) {
        awaitSettled(sentAt == null ? Instant.now() : sentAt);
        if (markerField != null) {
            Optional<Long> found = client.searchTicketsByFieldValue(key).stream()
                    .filter(candidate -> hasMarker(candidate, key))
                    .map(candidate -> candidate.get("id").asLong())
                    .min(Long::compare);
            if (found.isPresent()) {
                return found;
            }
        }
        Instant since = (sentAt == null ? Instant.EPOCH : sentAt).minus(CLOCK_MARGIN);
        return client.ticketsCreatedSince(String.valueOf(since.getEpochSecond())).stream()
                .filter(candidate -> markerField != null ? hasMarker(candidate, key) : sameContent(candidate, ticket))
                .map(candidate -> candidate.get("id").asLong())
                .min(Long::compare);
    }

    private void awaitSettled(Instant sentAt) {
        Duration wait = Duration.between(Instant.now(), sentAt.plus(settleAfter));
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        log.info("Waiting {} s for KF5 to settle a create that got no answer before searching for its ticket",
                wait.toSeconds());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to reconcile", e);
        }
    }

    private boolean hasMarker(JsonNode ticket, String key) {
        for (JsonNode field : ticket.path("custom_fields")) {
            if (markerField.equals(field.path("name").asString()) && key.equals(field.path("value").asString())) {
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
