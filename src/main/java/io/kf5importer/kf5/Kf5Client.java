package io.kf5importer.kf5;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

/** The KF5 apiv2 calls the importer makes. Thread-safe. */
public final class Kf5Client implements AutoCloseable {

    public Kf5Client(String baseUrl, Kf5Credentials credentials, Kf5ClientSettings settings) {
        throw new UnsupportedOperationException("the client is being built on branch 'kf5'");
    }

    /** {@code POST /apiv2/tickets.json}. Never sent twice by this method. */
    public CreatedTicket createTicket(TicketRequest ticket) {
        throw new UnsupportedOperationException();
    }

    /** {@code POST /apiv2/attachments.json?filename=...}: returns the attachment token. */
    public String uploadAttachment(String fileName, Path file) {
        throw new UnsupportedOperationException();
    }

    /** {@code GET /apiv2/tickets/{id}.json}: the {@code ticket} object. */
    public JsonNode ticket(long id) {
        throw new UnsupportedOperationException();
    }

    /** {@code GET /apiv2/tickets/search.json?fieldvalue=...}, every page. */
    public List<JsonNode> searchTicketsByFieldValue(String value) {
        throw new UnsupportedOperationException();
    }

    /** {@code GET /apiv2/tickets.json?created_start=...}, every page; {@code createdStart} as yyyy-MM-dd HH:mm:ss. */
    public List<JsonNode> ticketsCreatedSince(String createdStart) {
        throw new UnsupportedOperationException();
    }

    /** {@code GET /apiv2/users/me.json}: the signed-in user, to check credentials before a run. */
    public JsonNode me() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
