package io.kf5importer.mapping;

import io.kf5importer.kf5.Comment;
import io.kf5importer.kf5.Requester;
import io.kf5importer.kf5.TicketRequest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The compiled {@code ticket:} block: one rule per field of the create-ticket request. Immutable. */
final class TicketRules {

    /**
     * A row's ticket and the row its {@code problem_id} waits for.
     *
     * @param problemKey the key of the problem row, or {@code null}
     */
    record Ticket(TicketRequest request, String problemKey) {
    }

    private final TextRule title;

    private final CommentRules comment;

    private final RequesterRule requester;

    private final IdRule requesterId;

    private final IdRule assigneeId;

    private final IdRule groupId;

    private final ChoiceRule type;

    private final ChoiceRule status;

    private final ChoiceRule priority;

    private final ProblemRule problemId;

    private final DueDateRule dueAt;

    private final ListRule tags;

    private final ListRule collaboratorIds;

    private final CustomFieldRules customFields;

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
        this.problemId = ProblemRule.compile(ticket.problemId());
        this.dueAt = DueDateRule.compile(ticket.dueAt(), kf5Zone);
        this.tags = ListRule.compile(ticket.tags(), "ticket.tags");
        this.collaboratorIds = ListRule.compile(ticket.collaboratorIds(), "ticket.collaborator_ids");
        this.customFields = CustomFieldRules.compile(ticket.customFields(), kf5Zone);
        this.templateId = IdRule.compile(ticket.templateId(), "ticket.template_id");
    }

    /** The request for the row, fields read in KF5's order; meaningless when the row has problems. */
    Ticket read(RowReading row, String key, IdLookups lookups, BoundCustomFields fields) {
        String titleText = required(row, title, "title");
        Comment commentValue = comment.read(row);
        Long requesterIdValue = read(requesterId, row, ContactLookup.of(lookups.users()));
        boolean requesterKnown = requesterId != null && requesterId.isSet(row);
        Requester requesterValue = requester == null ? null : requester.read(row, requesterKnown);
        Long assignee = read(assigneeId, row, lookups.agents());
        Long group = read(groupId, row, lookups.groups());
        String ticketType = read(type, row);
        String statusValue = read(status, row);
        String priorityValue = read(priority, row);
        List<String> problemColumns = problemId == null ? List.of() : problemId.columns();
        Long problem = onlyFor(row, problemId == null ? null : problemId.id(row), ticketType, problemColumns);
        String problemKey = onlyFor(row, problemId == null ? null : problemId.rowKey(row, key), ticketType,
                problemColumns);
        String due = dueAt(row, ticketType);
        TicketRequest request = new TicketRequest(titleText, commentValue, requesterIdValue,
                requesterIdValue == null ? requesterValue : null, assignee, group, ticketType, statusValue,
                priorityValue, problem, due, tags(row), collaboratorIds(row, lookups.collaborators()),
                fields.read(row), read(templateId, row, IdLookup.NONE));
        return new Ticket(request, problemKey);
    }

    /** Every column the rules read, in mapping order, without repeats. */
    List<String> columns() {
        Set<String> columns = new LinkedHashSet<>(title.columns());
        columns.addAll(comment.columns());
        if (requester != null) {
            columns.addAll(requester.columns());
        }
        for (IdRule id : new IdRule[] {requesterId, assigneeId, groupId, templateId}) {
            columns.addAll(id == null ? List.of() : id.columns());
        }
        for (ChoiceRule choice : new ChoiceRule[] {type, status, priority}) {
            columns.addAll(choice == null ? List.of() : choice.columns());
        }
        columns.addAll(problemId == null ? List.of() : problemId.columns());
        columns.addAll(dueAt == null ? List.of() : dueAt.columns());
        columns.addAll(tags == null ? List.of() : tags.columns());
        columns.addAll(collaboratorIds == null ? List.of() : collaboratorIds.columns());
        columns.addAll(customFields.columns());
        return List.copyOf(columns);
    }

    CustomFieldRules customFields() {
        return customFields;
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

    /** Leaves out {@code problem_id}, with a warning, when the ticket is not an incident. */
    private static <T> T onlyFor(RowReading row, T value, String ticketType, List<String> columns) {
        return onlyFor(row, value, ticketType, "incident", "problem_id", columns);
    }

    /** Leaves out a field KF5 only uses on one ticket type, with a warning, when the ticket is of another type. */
    private static <T> T onlyFor(RowReading row, T value, String ticketType, String requiredType, String field,
            List<String> columns) {
        // A rejected row is not sent, so a warning about what it would have sent is noise.
        if (value == null || requiredType.equals(ticketType) || row.hasProblems()) {
            return value;
        }
        row.warn("column '" + String.join(", ", columns) + "': " + field + " '" + value + "' left out — KF5 uses it "
                + "only on " + requiredType + " tickets, and this ticket's type is " + typeOf(ticketType));
        return null;
    }

    /** The due time; on a ticket other than a task it is left out, or with {@code send_on: any} sent and noted. */
    private String dueAt(RowReading row, String ticketType) {
        String due = dueAt == null ? null : dueAt.read(row);
        if (due == null || !dueAt.sendsOnAnyType() || "task".equals(ticketType) || row.hasProblems()) {
            return onlyFor(row, due, ticketType, "task", "due_at", dueAt == null ? List.of() : dueAt.columns());
        }
        row.warn("column '" + String.join(", ", dueAt.columns()) + "': due_at '" + due + "' sent on a ticket whose "
                + "type is " + typeOf(ticketType) + " (ticket.due_at.send_on: any); KF5 documents it for task "
                + "tickets only");
        return due;
    }

    private static String typeOf(String ticketType) {
        return ticketType == null ? "not set" : "'" + ticketType + "'";
    }

    private List<String> tags(RowReading row) {
        List<ListRule.Item> items = tags == null ? List.of() : tags.read(row);
        if (items.isEmpty()) {
            return null;
        }
        List<String> found = new ArrayList<>(items.size());
        for (ListRule.Item item : items) {
            found.add(item.text());
        }
        return Collections.unmodifiableList(found);
    }

    private List<Long> collaboratorIds(RowReading row, IdLookup lookup) {
        if (collaboratorIds == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (ListRule.Item item : collaboratorIds.read(row)) {
            Long id = IdRule.id(row, item.column(), item.text(), lookup, "ticket.collaborator_ids");
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? null : ids;
    }
}
