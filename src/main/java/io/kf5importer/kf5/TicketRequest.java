package io.kf5importer.kf5;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /apiv2/tickets.json}, sent wrapped as {@code {"ticket": {...}}}. Null fields are left out.
 * Field names and values are KF5's own (see the create-ticket page).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketRequest(
        String title,
        Comment comment,
        @JsonProperty("requester_id") Long requesterId,
        Requester requester,
        @JsonProperty("assignee_id") Long assigneeId,
        @JsonProperty("group_id") Long groupId,
        String type,
        String status,
        String priority,
        @JsonProperty("problem_id") Long problemId,
        @JsonProperty("due_at") String dueAt,
        List<String> tags,
        @JsonProperty("collaborator_ids") List<Long> collaboratorIds,
        @JsonProperty("custom_fields") List<CustomFieldValue> customFields,
        @JsonProperty("template_id") Long templateId) {

    /** The same ticket linked to the problem ticket {@code id}. */
    public TicketRequest withProblemId(long id) {
        return new TicketRequest(title, comment, requesterId, requester, assigneeId, groupId, type, status, priority,
                id, dueAt, tags, collaboratorIds, customFields, templateId);
    }

    /**
     * The body of {@code PUT /apiv2/tickets/{id}.json} that brings a created ticket to this content: the same fields
     * without those an update does not take (requester, template) and without the comment, which on an update would
     * add a reply rather than change the first comment.
     */
    public TicketRequest forUpdate() {
        return new TicketRequest(title, null, null, null, assigneeId, groupId, type, status, priority, problemId,
                dueAt, tags, collaboratorIds, customFields, null);
    }

    /** The same ticket with these attachment tokens in its comment's {@code uploads}. */
    public TicketRequest withUploads(List<String> tokens) {
        return new TicketRequest(title, comment.withUploads(tokens), requesterId, requester, assigneeId, groupId,
                type, status, priority, problemId, dueAt, tags, collaboratorIds, customFields, templateId);
    }

    /** The same ticket with one more tag, unless it has it already. */
    public TicketRequest withTag(String tag) {
        List<String> more = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
        if (more.contains(tag)) {
            return this;
        }
        more.add(tag);
        return new TicketRequest(title, comment, requesterId, requester, assigneeId, groupId, type, status, priority,
                problemId, dueAt, List.copyOf(more), collaboratorIds, customFields, templateId);
    }

    /** The same ticket with this custom field's value, unless the field is set already. */
    public TicketRequest withCustomField(CustomFieldValue field) {
        List<CustomFieldValue> more = customFields == null ? new ArrayList<>() : new ArrayList<>(customFields);
        if (more.stream().anyMatch(existing -> existing.name().equals(field.name()))) {
            return this;
        }
        more.add(field);
        return new TicketRequest(title, comment, requesterId, requester, assigneeId, groupId, type, status, priority,
                problemId, dueAt, tags, collaboratorIds, List.copyOf(more), templateId);
    }
}
