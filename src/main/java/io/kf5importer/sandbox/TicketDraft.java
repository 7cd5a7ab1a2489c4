package io.kf5importer.sandbox;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A checked create or update of a ticket; every component is null when the request did not give it.
 *
 * @param requesterId an existing requester, found by id or by identity
 * @param newRequester the end user to create as requester, when {@code requester} named nobody known
 * @param dueAt kept only when the ticket is a {@code task}
 * @param problemId kept only when the ticket is an {@code incident}
 * @param customFields values to set; an entry with a null value removes that field's value
 */
record TicketDraft(String title, CommentDraft comment, Long requesterId, RequesterIdentity newRequester,
        Long assigneeId, Long groupId, String type, String status, String priority, Long problemId,
        LocalDateTime dueAt, List<Long> collaboratorIds, List<String> tags, List<CustomField> customFields) {

    static final String TASK = "task";
    static final String INCIDENT = "incident";
    static final String DEFAULT_STATUS = "new";

    Ticket toTicket(long id, long requester, TicketComment first, LocalDateTime now) {
        return new Ticket(id, title, comment.description(), type, Objects.requireNonNullElse(status, DEFAULT_STATUS),
                priority, requester, assigneeId, groupId, problemId, dueAt, now, now, collaboratorIds, tags,
                merge(List.of(), customFields), List.of(first));
    }

    /** The ticket after this update; {@code added} is the comment it adds, or null. */
    Ticket applyTo(Ticket ticket, TicketComment added, LocalDateTime now) {
        String newType = or(type, ticket.type());
        List<TicketComment> comments = new ArrayList<>(ticket.comments());
        if (added != null) {
            comments.add(added);
        }
        return new Ticket(ticket.id(), or(title, ticket.title()), ticket.description(), newType,
                or(status, ticket.status()), or(priority, ticket.priority()), ticket.requesterId(),
                or(assigneeId, ticket.assigneeId()), or(groupId, ticket.groupId()),
                INCIDENT.equals(newType) ? or(problemId, ticket.problemId()) : null,
                TASK.equals(newType) ? or(dueAt, ticket.dueDate()) : null,
                ticket.createdAt(), now, or(collaboratorIds, ticket.collaboratorIds()), or(tags, ticket.tags()),
                merge(ticket.customFields(), customFields), comments);
    }

    private static List<CustomField> merge(List<CustomField> current, List<CustomField> changes) {
        Map<String, CustomField> merged = new LinkedHashMap<>();
        current.forEach(field -> merged.put(field.name(), field));
        if (changes != null) {
            changes.forEach(field -> merged.put(field.name(), field));
        }
        merged.values().removeIf(field -> field.value() == null);
        return List.copyOf(merged.values());
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
