package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Checks the body of a create or an update of a ticket against KF5's create-ticket page and the sandbox directory,
 * and turns it into a {@link TicketDraft}; the first rule broken is answered as a 422 naming its field. Unknown
 * members, and {@code template_id}, are ignored. {@code due_at} is read only for a {@code task} and
 * {@code problem_id} only for an {@code incident}; elsewhere they are ignored, unchecked, as KF5's own example sends
 * {@code due_at} on a {@code problem}.
 */
final class TicketDraftReader {

    static final List<String> TYPES = List.of("problem", TicketDraft.INCIDENT, "question", TicketDraft.TASK);
    static final List<String> STATUSES = List.of("new", "open", "pending", "solved", "closed");
    static final List<String> PRIORITIES = List.of("low", "medium", "high", "urgent");

    private final Directory directory;
    private final LongFunction<Optional<Ticket>> tickets;
    private final CommentReader comments;
    private final CustomFieldReader customFields;

    TicketDraftReader(Directory directory, LongFunction<Optional<Ticket>> tickets,
            Function<String, Optional<Attachment>> attachmentsByToken) {
        this.directory = directory;
        this.tickets = tickets;
        this.comments = new CommentReader(attachmentsByToken);
        this.customFields = new CustomFieldReader(directory);
    }

    TicketDraft readCreate(JsonNode body) {
        BodyObject ticket = BodyObject.unwrap(body, "ticket");
        String title = ticket.requiredText("title");
        BodyObject comment = ticket.object("comment");
        if (comment == null) {
            throw ApiError.invalidField(ticket.path("comment"),
                    "comment is required: {\"content\": \"...\"}, the ticket's description");
        }
        CommentDraft firstComment = comments.read(comment);
        String type = ticket.oneOf("type", TYPES);
        Long requesterId = ticket.has("requester_id") ? user(ticket, "requester_id", false) : null;
        RequesterIdentity requester = requesterId == null && ticket.has("requester")
                ? RequesterIdentity.read(ticket.node("requester"), ticket.path("requester")) : null;
        Long knownRequesterId = requester == null ? requesterId : directory.find(requester).map(User::id).orElse(null);
        return new TicketDraft(title, firstComment, knownRequesterId, knownRequesterId == null ? requester : null,
                user(ticket, "assignee_id", true), group(ticket), type, ticket.oneOf("status", STATUSES),
                ticket.oneOf("priority", PRIORITIES), problem(ticket, type), dueAt(ticket, type),
                collaborators(ticket), ticket.texts("tags"), customFields.read(ticket.array("custom_fields"),
                ticket.path("custom_fields")));
    }

    TicketDraft readUpdate(JsonNode body, Ticket existing) {
        BodyObject ticket = BodyObject.unwrap(body, "ticket");
        String title = ticket.has("title") ? ticket.requiredText("title") : null;
        BodyObject comment = ticket.object("comment");
        CommentDraft addedComment = comment == null ? null : comments.read(comment);
        String type = ticket.oneOf("type", TYPES);
        String newType = type != null ? type : existing.type();
        return new TicketDraft(title, addedComment, null, null, user(ticket, "assignee_id", true), group(ticket),
                type, ticket.oneOf("status", STATUSES), ticket.oneOf("priority", PRIORITIES),
                problem(ticket, newType), dueAt(ticket, newType), collaborators(ticket), ticket.texts("tags"),
                customFields.read(ticket.array("custom_fields"), ticket.path("custom_fields")));
    }

    private Long user(BodyObject ticket, String member, boolean mustBeAgent) {
        Long id = ticket.id(member);
        if (id == null) {
            return null;
        }
        User user = directory.user(id).orElseThrow(() -> ApiError.invalidField(ticket.path(member),
                member + " " + id + " names no user; GET /apiv2/users/search.json?query=... finds users"));
        if (mustBeAgent && !user.isAgent()) {
            throw ApiError.invalidField(ticket.path(member), member + " " + id + " is " + user.name() + ", an "
                    + user.role() + "; only an agent or admin can be assigned");
        }
        return id;
    }

    private Long group(BodyObject ticket) {
        Long id = ticket.id("group_id");
        if (id != null && directory.group(id).isEmpty()) {
            throw ApiError.invalidField(ticket.path("group_id"),
                    "group_id " + id + " names no group; GET /apiv2/groups.json lists them");
        }
        return id;
    }

    private List<Long> collaborators(BodyObject ticket) {
        List<Long> ids = ticket.ids("collaborator_ids");
        for (int i = 0; ids != null && i < ids.size(); i++) {
            if (directory.user(ids.get(i)).isEmpty()) {
                throw ApiError.invalidField(ticket.path("collaborator_ids"),
                        "collaborator_ids lists " + ids.get(i) + ", which names no user");
            }
        }
        return ids;
    }

    private Long problem(BodyObject ticket, String type) {
        if (!TicketDraft.INCIDENT.equals(type) || !ticket.has("problem_id")) {
            return null;
        }
        long id = ticket.id("problem_id");
        boolean isProblem = tickets.apply(id).map(problem -> "problem".equals(problem.type())).orElse(false);
        if (!isProblem) {
            throw ApiError.invalidField(ticket.path("problem_id"),
                    "problem_id " + id + " must name an existing ticket of type problem");
        }
        return id;
    }

    private LocalDateTime dueAt(BodyObject ticket, String type) {
        if (!TicketDraft.TASK.equals(type) || !ticket.has("due_at")) {
            return null;
        }
        String text = ticket.text("due_at");
        return ApiTimestamps.parseDateTime(text).orElseThrow(() -> ApiError.invalidField(ticket.path("due_at"),
                "due_at must be a time yyyy-MM-dd HH:mm:ss such as 2019-04-09 18:00:10, got '" + text + "'"));
    }
}
