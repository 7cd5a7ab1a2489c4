package io.kf5importer.sandbox;

import java.util.List;

/**
 * Everything the sandbox keeps, as written to a state file. A seed file has the same shape, usually without tickets
 * and attachments.
 */
record StateSnapshot(List<User> users, List<Group> groups, List<TicketField> ticketFields, List<Ticket> tickets,
        List<Attachment> attachments) {

    StateSnapshot {
        users = users == null ? List.of() : List.copyOf(users);
        groups = groups == null ? List.of() : List.copyOf(groups);
        ticketFields = ticketFields == null ? List.of() : List.copyOf(ticketFields);
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
