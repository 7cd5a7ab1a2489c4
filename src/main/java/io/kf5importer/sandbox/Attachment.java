package io.kf5importer.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDateTime;

/**
 * An uploaded file. The sandbox keeps its size and SHA-256, not its bytes. Its token can be bound once, to one
 * comment.
 *
 * @param ticketId the ticket whose comment it is bound to, null while unbound
 * @param commentId the comment it is bound to, null while unbound
 */
public record Attachment(long id, String token, String name, long size, String contentType, String sha256,
        LocalDateTime createdAt, Long ticketId, Long commentId) {

    @JsonIgnore
    public boolean isBound() {
        return commentId != null;
    }

    Attachment boundTo(long ticket, long comment) {
        return new Attachment(id, token, name, size, contentType, sha256, createdAt, ticket, comment);
    }
}
