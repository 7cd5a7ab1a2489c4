package io.kf5importer.mapping;

import io.kf5importer.kf5.Comment;
import io.kf5importer.kf5.CustomFieldValue;
import io.kf5importer.kf5.Requester;
import io.kf5importer.kf5.TicketRequest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The compiled {@code ticket:} block: one rule per field of the create-ticket request. Immutable. */
final class TicketRules {

    private static final Pattern CUSTOM_FIELD = Pattern.compile("field_[1-9]\\d*");

    private final TextRule title;

    private final CommentRules comment;

    private final RequesterRule requester;

    private final IdRule requesterId;

    private final IdRule assigneeId;

    private final IdRule groupId;

    private final ChoiceRule type;

    private final ChoiceRule status;

    private final ChoiceRule priority;

    private final IdRule problemId;

    private final DueDateRule dueAt;

    private final ListRule tags;

    private final ListRule collaboratorIds;

    private final Map<String, TextRule> customFields;

    private final IdRule templateId;

    TicketRules(MappingFile.Ticket ticket, ZoneId kf5Zone) {
        if (ticket == null || ticket.title() == null) {
            throw new InvalidSettingException("ticket.title", "is missing; every ticket needs a title, e.g. "
                    + "title: { column: 标题 }");
        }
        this.title = TextRule.compile(ticket.title(), "ticket.title");
        this.comment = new CommentRules(ticket.comment());
        this.requester = RequesterRule.compile(ticket.requester());
        this.requesterId = IdRule.compile(ticket.requesterId(), "ticket.requester_id");
        this.assigneeId = IdRule.compile(ticket.assigneeId(), "ticket.assignee_id");
        this.groupId = IdRule.compile(ticket.groupId(), "ticket.group_id");
        this.type = ChoiceRule.compile(ticket.type(), "ticket.type", ChoiceRule.TYPES);
        this.status = ChoiceRule.compile(ticket.status(), "ticket.status", ChoiceRule.STATUSES);
        this.priority = ChoiceRule.compile(ticket.priority(), "ticket.priority", ChoiceRule.PRIORITIES);
        this.problemId = IdRule.compile(ticket.problemId(), "ticket.problem_id");
        this.dueAt = DueDateRule.compile(ticket.dueAt(), kf5Zone);
        this.tags = ListRule.compile(ticket.tags(), "ticket.tags");
        this.collaboratorIds = ListRule.compile(ticket.collaboratorIds(), "ticket.collaborator_ids");
        this.customFields = customFields(ticket.customFields());
        this.templateId = IdRule.compile(ticket.templateId(), "ticket.template_id");
    }

    /** The request for the row, fields read in KF5's order; meaningless when the row has problems. */
    TicketRequest read(RowReading row, IdLookups lookups) {
        String titleText = required(row, title, "title");
        Comment commentValue = comment.read(row);
        Long requesterIdValue = read(requesterId, row, lookups.users());
        boolean requesterKnown = requesterId != null && requesterId.isSet(row);
        Requester requesterValue = requester == null ? null : requester.read(row, requesterKnown);
        Long assignee = read(assigneeId, row, lookups.agents());
        Long group = read(groupId, row, lookups.groups());
        String ticketType = read(type, row);
        String statusValue = read(status, row);
        String priorityValue = read(priority, row);
        Long problem = onlyFor(row, read(problemId, row, IdLookup.NONE), ticketType, "incident", "problem_id",
                problemId == null ? List.of() : problemId.columns());
        String due = onlyFor(row, dueAt == null ? null : dueAt.read(row), ticketType, "task", "due_at",
                dueAt == null ? List.of() : dueAt.columns());
        return new TicketRequest(titleText, commentValue, requesterIdValue,
                requesterIdValue == null ? requesterValue : null, assignee, group, ticketType, statusValue,
                priorityValue, problem, due, tags(row), collaboratorIds(row), customFieldValues(row),
                read(templateId, row, IdLookup.NONE));
    }

    /** Every column the rules read, in mapping order, without repeats. */
    List<String> columns() {
        Set<String> columns = new LinkedHashSet<>(title.columns());
        columns.addAll(comment.columns());
        if (requester != null) {
            columns.addAll(requester.columns());
        }
        for (IdRule id : new IdRule[] {requesterId, assigneeId, groupId, problemId, templateId}) {
            columns.addAll(id == null ? List.of() : id.columns());
        }
        for (ChoiceRule choice : new ChoiceRule[] {type, status, priority}) {
            columns.addAll(choice == null ? List.of() : choice.columns());
        }
        columns.addAll(dueAt == null ? List.of() : dueAt.columns());
        columns.addAll(tags == null ? List.of() : tags.columns());
        columns.addAll(collaboratorIds == null ? List.of() : collaboratorIds.columns());
        customFields.values().forEach(field -> columns.addAll(field.columns()));
        return List.copyOf(columns);
    }

    static String required(RowReading row, TextRule rule, String field) {
        String text = rule.read(row);
        if (text.isEmpty()) {
            row.problem(rule.column(), null, "the ticket's " + field + " is empty; KF5 requires one (fill the cell "
                    + "or give the setting a default)");
        }
        return text;
    }

    private static Long read(IdRule rule, RowReading row, IdLookup lookup) {
        return rule == null ? null : rule.read(row, lookup);
    }

    private static String read(ChoiceRule rule, RowReading row) {
        return rule == null ? null : rule.read(row);
    }

    /** Leaves out a field KF5 only uses on one ticket type, with a warning, when the ticket is of another type. */
    private static <T> T onlyFor(RowReading row, T value, String ticketType, String requiredType, String field,
            List<String> columns) {
        // A rejected row is not sent, so a warning about what it would have sent is noise.
        if (value == null || requiredType.equals(ticketType) || row.hasProblems()) {
            return value;
        }
        row.warn("column '" + String.join(", ", columns) + "': " + field + " '" + value + "' left out — KF5 uses it "
                + "only on " + requiredType + " tickets, and this ticket's type is "
                + (ticketType == null ? "not set" : "'" + ticketType + "'"));
        return null;
    }

    private List<String> tags(RowReading row) {
        List<String> found = tags == null ? List.of() : tags.read(row).stream().map(ListRule.Item::text).toList();
        return found.isEmpty() ? null : found;
    }

    private List<Long> collaboratorIds(RowReading row) {
        if (collaboratorIds == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (ListRule.Item item : collaboratorIds.read(row)) {
            Long id = IdRule.id(row, item.column(), item.text(), IdLookup.NONE, "ticket.collaborator_ids");
            if (id != null) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    private List<CustomFieldValue> customFieldValues(RowReading row) {
        List<CustomFieldValue> values = new ArrayList<>();
        customFields.forEach((name, rule) -> {
            String value = rule.read(row);
            if (!value.isEmpty()) {
                values.add(new CustomFieldValue(name, value));
            }
        });
        return values.isEmpty() ? null : values;
    }

    private static Map<String, TextRule> customFields(Map<String, MappingFile.Text> settings) {
        Map<String, TextRule> fields = new LinkedHashMap<>();
        if (settings == null) {
            return fields;
        }
        settings.forEach((name, setting) -> {
            String path = "ticket.custom_fields." + name;
            if (!CUSTOM_FIELD.matcher(name).matches()) {
                throw new InvalidSettingException(path, "'" + name + "' is not a KF5 field name; expected field_<id> "
                        + "such as field_201 (GET /apiv2/ticket_fields.json lists the ids)");
            }
            if (setting == null) {
                throw new InvalidSettingException(path, "is empty; expected { column: ... } or { value: ... }");
            }
            fields.put(name, TextRule.compile(setting, path));
        });
        return fields;
    }
}
