package io.kf5importer.job;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.mapping.TicketMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the ticket a create may have made when its answer never came, so that the row is not sent twice.
 *
 * <p>With a marker field (a custom field that holds the row's key on every imported ticket) the ticket is searched by
 * that value and confirmed by comparing the field exactly; tickets created since the send are then listed as a
 * fallback, and matched by the marker field or the marker tag. Without a marker the fallback matches title and
 * description, which is weaker: configure a marker for real migrations. The rows of one settle {@link Round} share a
 * single listing, fetched from the earliest of their sends, instead of listing once per row.
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
     * A settle round whose rows are not known ahead, as for a lone row: its listing is reused by a later row only when
     * it covers that row's send and was fetched after that row's create settled, else listed again.
     */
    public Round round() {
        return new Round(null, null);
    }

    /**
     * A settle round whose rows share one listing of the tickets created since the earliest of their sends: it is
     * fetched once, when the first row needs it, and only after KF5 had time to finish the last of their creates.
     *
     * @param earliestSend the earliest send among the round's rows (the ledger's record)
     * @param lastSend the latest instant from which a create of one of them may still be on its way: for each row
     *     the later of its send and of when this run learned it was uncertain
     */
    public Round round(Instant earliestSend, Instant lastSend) {
        return new Round(earliestSend, lastSend);
    }

    /**
     * The id of the ticket KF5 made for this row, if it made one. Waits until a create sent before {@code since} has
     * had {@code settleAfter} to finish: KF5 may still act on a request whose answer was given up on. The tickets
     * created since the send are taken from the round's listing when it covers this row's send and was fetched after
     * the create settled; otherwise they are listed again.
     *
     * @param sentAt when the row's last create was sent (the ledger's record), or {@code null}
     * @param since when this run learned the row was uncertain: no create of it left this process afterwards
     * @param round the settle round the row belongs to
     */
    public Optional<Long> findTicket(String key, Instant sentAt, Instant since, TicketRequest ticket, Round round) {
        Instant lastSend = sentAt == null || sentAt.isBefore(since) ? since : sentAt;
        awaitSettled(lastSend);
        if (marker.customField() != null) {
            Optional<Long> found = client.searchTicketsByFieldValue(key).stream()
                    .filter(candidate -> hasMarker(candidate, key))
                    .map(candidate -> candidate.get("id").asLong())
                    .min(Long::compare);
            if (found.isPresent()) {
                return found;
            }
        }
        // Each row is matched only by its own marker (or its own title and description), so a ticket another row of
        // the round created after the listing was fetched cannot be taken for this row's.
        return round.ticketsCreatedSince(sentAt == null ? Instant.EPOCH : sentAt, lastSend).stream()
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
            // Rounded up: a round's listing is reused only by rows whose creates had settled when it was fetched.
            Thread.sleep(wait.toMillis() + 1);
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

    /**
     * The tickets created since the sends of one settle round's rows, listed once for all of them. Thread-safe, though
     * the rows of a round are meant to be settled one at a time.
     */
    public final class Round {

        private final Instant plannedFrom;
        private final Instant plannedLastSend;
        private List<JsonNode> listing;
        private Instant listedFrom;
        private Instant listedAt;

        private Round(Instant earliestSend, Instant lastSend) {
            this.plannedFrom = earliestSend == null ? null : earliestSend.minus(CLOCK_MARGIN);
            this.plannedLastSend = lastSend;
        }

        /**
         * The tickets created from {@code sentAt} (less the clock margin) until at least {@code lastSend} plus the
         * settle delay: the round's listing when it covers that, else a new one.
         */
        synchronized List<JsonNode> ticketsCreatedSince(Instant sentAt, Instant lastSend) {
            Instant from = sentAt.minus(CLOCK_MARGIN);
            if (listing != null && !from.isBefore(listedFrom) && !listedAt.isBefore(lastSend.plus(settleAfter))) {
                return listing;
            }
            // List from the round's earliest send, once every create of the round has settled, so that this one
            // listing serves all the round's rows; a row sent later than planned (a key sent again within the
            // round) makes it be listed anew.
            Instant start = plannedFrom != null && plannedFrom.isBefore(from) ? plannedFrom : from;
            if (plannedLastSend != null && plannedLastSend.isAfter(lastSend)) {
                awaitSettled(plannedLastSend);
            }
            Instant startedAt = Instant.now();
            listing = client.ticketsCreatedSince(String.valueOf(start.getEpochSecond()));
            listedFrom = start;
            listedAt = startedAt;
            return listing;
        }
    }
}
