package io.kf5importer.sandbox;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** {@code /apiv2/tickets...}: create, list, search, show, update, and a ticket's comments. */
final class TicketEndpoints {

    private final SandboxState state;
    private final ApiViews views;
    private final JsonMapper mapper;

    TicketEndpoints(SandboxState state, ApiViews views, JsonMapper mapper) {
        this.state = state;
        this.views = views;
        this.mapper = mapper;
    }

    void addTo(Routes routes) {
        routes.add("POST", "/apiv2/tickets.json", this::create)
                .add("GET", "/apiv2/tickets.json", this::list)
                .add("GET", "/apiv2/tickets/search.json", this::search)
                .add("GET", "/apiv2/tickets/{id}.json", this::show)
                .add("PUT", "/apiv2/tickets/{id}.json", this::update)
                .add("GET", "/apiv2/tickets/{id}/comments.json", this::comments);
    }

    private ApiResponse create(ApiRequest request) {
        Ticket ticket = state.createTicket(request.json(mapper), request.agent());
        return ApiResponse.created(wrapped(ticket), views.ticketUrl(ticket.id()));
    }

    private ApiResponse list(ApiRequest request) {
        TicketQuery query = TicketQuery.forList(request, state.zone());
        return page(request, query.order(state.tickets(query)));
    }

    private ApiResponse search(ApiRequest request) {
        TicketQuery query = TicketQuery.forSearch(request, state.zone());
        return page(request, query.order(state.tickets(query)));
    }

    private ApiResponse show(ApiRequest request) {
        return ApiResponse.ok(wrapped(state.ticketOrNotFound(request.pathId())));
    }

    private ApiResponse update(ApiRequest request) {
        long id = request.pathId();
        state.ticketOrNotFound(id);
        return ApiResponse.ok(wrapped(state.updateTicket(id, request.json(mapper), request.agent())));
    }

    private ApiResponse comments(ApiRequest request) {
        Ticket ticket = state.ticketOrNotFound(request.pathId());
        return ApiResponse.ok(PageRequest.of(request).envelope("comments", ticket.comments(), this::comment, request,
                views.object()));
    }

    private ObjectNode comment(TicketComment comment) {
        List<Attachment> attachments = comment.attachmentIds().stream()
                .map(state::attachment)
                .flatMap(Optional::stream)
                .toList();
        return views.comment(comment, state.user(comment.authorId()).orElse(null), attachments);
    }

    private ApiResponse page(ApiRequest request, List<Ticket> tickets) {
        return ApiResponse.ok(PageRequest.of(request).envelope("tickets", tickets, views::ticket, request,
                views.object()));
    }

    private ObjectNode wrapped(Ticket ticket) {
        ObjectNode json = views.object();
        json.set("ticket", views.ticket(ticket));
        return json;
    }
}
