package io.kf5importer.mapping;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The shape of a mapping file exactly as written in YAML, before any check. Every setting is optional here;
 * {@link MappingConfig} decides which are required and compiles them into rules. Names are the YAML names.
 */
record MappingFile(
        String key,
        Marker marker,
        Attachments attachments,
        @JsonProperty("kf5_zone") String kf5Zone,
        Ticket ticket) {

    /** How a ticket is found again when its create got no answer: the key in a custom field, and/or a tag. */
    record Marker(
            @JsonProperty("custom_field") String customField,
            String tag) {
    }

    /** Where attachment files live and what is accepted. */
    record Attachments(
            String folder,
            @JsonProperty("max_size_mb") Double maxSizeMb,
            String missing) {
    }

    /** One setting per field of KF5's create-ticket request. */
    record Ticket(
            Text title,
            CommentText comment,
            Requester requester,
            @JsonProperty("requester_id") Id requesterId,
            @JsonProperty("assignee_id") Id assigneeId,
            @JsonProperty("group_id") Id groupId,
            Choice type,
            Choice status,
            Choice priority,
            @JsonProperty("problem_id") Problem problemId,
            @JsonProperty("due_at") DueDate dueAt,
            Values tags,
            @JsonProperty("collaborator_ids") Values collaboratorIds,
            @JsonProperty("custom_fields") Map<String, CustomField> customFields,
            @JsonProperty("template_id") Id templateId,
            Values attachments) {
    }

    /** The ticket's first comment. */
    record CommentText(
            Text content,
            @JsonProperty("html_content") HtmlContent htmlContent,
            @JsonProperty("public") Boolean isPublic) {
    }

    /** A text taken from one column, from a template over several, or a constant; {@code default} when empty. */
    record Text(
            String column,
            String template,
            String value,
            @JsonProperty("default") String defaultValue) {
    }

    /** Like {@link Text}, or built from the comment's plain text. */
    record HtmlContent(
            String column,
            String template,
            @JsonProperty("from_content") Boolean fromContent) {
    }

    /**
     * One identity column, or an object built from parts; {@code default} is an identity for rows with none, and
     * {@code unusable} says whether a contact that cannot be used rejects the row or falls back to the others.
     */
    record Requester(
            String column,
            Text name,
            Text email,
            Text phone,
            Text landline,
            @JsonProperty("default") String defaultValue,
            String unusable) {
    }

    /**
     * A KF5 id from a column, or a constant. A cell that is not a number is looked up in the KF5 account by name or
     * email; {@code lookup: true} looks up every cell, for columns of phone numbers or other all-digit names.
     */
    record Id(String column, Long value, Boolean lookup) {
    }

    /** The problem ticket of an incident: a KF5 id, or with {@code row_key: true} the key of another row. */
    record Problem(String column, Long value, @JsonProperty("row_key") Boolean rowKey) {
    }

    /**
     * A custom field's value: a text as in {@link Text}, then {@code map}ped (a value mapped to the empty text is
     * left out), then checked and converted for the field's type; {@code format} and {@code zone} read date fields.
     */
    record CustomField(
            String column,
            String template,
            String value,
            @JsonProperty("default") String defaultValue,
            Map<String, String> map,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> format,
            String zone) {
    }

    /** One of KF5's words (type, status, priority), from a column through a map, or a constant. */
    record Choice(
            String column,
            String value,
            Map<String, String> map,
            String unmapped,
            @JsonProperty("default") String defaultValue) {
    }

    /** A list split from one or more columns, plus constant items. */
    record Values(
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> column,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> split,
            @JsonProperty("split_regex") String splitRegex,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> value) {
    }

    /**
     * A date-time column read with declared patterns in a declared zone; {@code send_on} is {@code task} (the
     * default: left out on other types, as KF5 documents) or {@code any}.
     */
    record DueDate(
            String column,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> format,
            String zone,
            @JsonProperty("date_only_time") String dateOnlyTime,
            @JsonProperty("send_on") String sendOn) {
    }
}
