package io.kf5importer.sandbox;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which tickets a list or a search asks for, from its query parameters; every given filter must hold.
 * <ul>
 * <li>{@code created_start}, {@code created_end}: inclusive bounds on {@code created_at}, as
 * {@code yyyy-MM-dd HH:mm:ss} or unix seconds;</li>
 * <li>{@code fieldvalue} (search): some custom field's value equals it exactly, as text;</li>
 * <li>{@code query} (search): title or description contains it, ignoring case;</li>
 * <li>{@code status} (search): a comma list of statuses;</li>
 * <li>{@code created_order} (search): {@code asc} or {@code desc}, KF5's default for search being {@code desc};
 * lists are always by id ascending.</li>
 * </ul>
 */
record TicketQuery(LocalDateTime createdStart, LocalDateTime createdEnd, String fieldValue, String text,
        List<String> statuses, boolean newestFirst) implements Predicate<Ticket> {

    static TicketQuery forList(ApiRequest request, ZoneId zone) {
        return new TicketQuery(bound(request, "created_start", zone), bound(request, "created_end", zone), null, null,
                List.of(), false);
    }

    static TicketQuery forSearch(ApiRequest request, ZoneId zone) {
        String order = request.query("created_order").orElse("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiError.invalidField("created_order", "created_order must be asc or desc, got '" + order + "'");
        }
        return new TicketQuery(bound(request, "created_start", zone), bound(request, "created_end", zone),
                request.query("fieldvalue").orElse(null), request.query("query").orElse(null),
                statuses(request), order.equals("desc"));
    }

    @Override
    public boolean test(Ticket ticket) {
        return (createdStart == null || !ticket.createdAt().isBefore(createdStart))
                && (createdEnd == null || !ticket.createdAt().isAfter(createdEnd))
                && (fieldValue == null || ticket.customFields().stream()
                        .anyMatch(field -> fieldValue.equals(field.value().asString())))
                && (text == null || contains(ticket.title()) || contains(ticket.description()))
                && (statuses.isEmpty() || statuses.contains(ticket.status()));
    }

    /** The tickets in the order asked for: by id, newest first when asked. */
    List<Ticket> order(List<Ticket> tickets) {
        Comparator<Ticket> byId = Comparator.comparingLong(Ticket::id);
        return tickets.stream().sorted(newestFirst ? byId.reversed() : byId).toList();
    }

    private boolean contains(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    private static LocalDateTime bound(ApiRequest request, String name, ZoneId zone) {
        String text = request.query(name).orElse(null);
        if (text == null) {
            return null;
        }
        return ApiTimestamps.parseBound(text, zone).orElseThrow(() -> ApiError.invalidField(name,
                name + " must be yyyy-MM-dd HH:mm:ss or unix seconds, got '" + text + "'"));
    }

    private static List<String> statuses(ApiRequest request) {
        List<String> statuses = Arrays.stream(request.query("status").orElse("").split(","))
                .map(String::trim)
                .filter(status -> !status.isEmpty())
                .toList();
        statuses.stream().filter(status -> !TicketDraftReader.STATUSES.contains(status)).findFirst()
                .ifPresent(status -> {
                    throw ApiError.invalidField("status", "status must list some of "
                            + String.join(", ", TicketDraftReader.STATUSES) + ", got '" + status + "'");
                });
        return statuses;
    }
}
