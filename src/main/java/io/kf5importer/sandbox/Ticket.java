package io.kf5importer.sandbox;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A ticket as the sandbox keeps it. {@code description} is the first comment's content; {@code dueDate} is set only
 * on a {@code task}, {@code problemId} only on an {@code incident}.
 */
public record Ticket(long id, String title, String description, String type, String status, String priority,
        long requesterId, Long assigneeId, Long groupId, Long problemId, LocalDateTime dueDate,
        LocalDateTime createdAt, LocalDateTime updatedAt, List<Long> collaboratorIds, List<String> tags,
        List<CustomField> customFields, List<TicketComment> comments) {

    public Ticket {
        collaboratorIds = collaboratorIds == null ? List.of() : List.copyOf(collaboratorIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        customFields = customFields == null ? List.of() : List.copyOf(customFields);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** The value of custom field {@code field_<id>} as text, if the ticket has one. */
    public Optional<String> customFieldValue(String name) {
        return customFields.stream()
                .filter(field -> field.name().equals(name))
                .map(field -> field.value().asString())
                .findFirst();
    }
}
