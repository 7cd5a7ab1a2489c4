package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a sandbox holds: its directory (users, groups, ticket fields), tickets, attachments and a log of recent
 * requests. Thread-safe: every method holds this object's lock, so a create is checked and committed atomically.
 * The public methods are for tests and for whoever embeds the sandbox.
 */
public final class SandboxState {

    static final long FIRST_TICKET_ID = 1001;
    private static final int LOGGED_REQUESTS = 10_000;

    private final StateSnapshot seed;
    private final String agentEmail;
    private final Clock clock;
    private final Deque<RequestLogEntry> requests = new ArrayDeque<>();
    private Directory directory;
    private Map<Long, Ticket> tickets;
    private Map<String, Attachment> attachments;
    private long nextTicketId;
    private long nextCommentId;
    private Runnable changeListener = () -> { };

    /**
     * @param seed what {@link #reset()} returns to
     * @param start what to hold now: the seed, or a state saved by an earlier run
     * @throws IllegalArgumentException when {@code start} contradicts itself
     */
    SandboxState(StateSnapshot seed, StateSnapshot start, String agentEmail, Clock clock) {
        this.seed = seed;
        this.agentEmail = agentEmail;
        this.clock = clock;
        load(start);
    }

    public synchronized List<Ticket> tickets() {
        return List.copyOf(tickets.values());
    }

    public synchronized Optional<Ticket> ticket(long id) {
        return Optional.ofNullable(tickets.get(id));
    }

    public synchronized int ticketCount() {
        return tickets.size();
    }

    public synchronized List<User> users() {
        return directory.users();
    }

    public synchronized Optional<User> user(long id) {
        return directory.user(id);
    }

    public synchronized List<Attachment> attachments() {
        return List.copyOf(attachments.values());
    }

    /** The last 10,000 requests received, oldest first. */
    public synchronized List<RequestLogEntry> requests() {
        return List.copyOf(requests);
    }

    /** How many logged requests had this method and a path matching the regular expression {@code pathPattern}. */
    public synchronized int requestCount(String method, String pathPattern) {
        Pattern path = Pattern.compile(pathPattern);
        return (int) requests.stream()
                .filter(request -> request.method().equals(method) && path.matcher(request.path()).matches())
                .count();
    }

    /** Back to the seed: its directory, no tickets or attachments beyond it, an empty request log. */
    public synchronized void reset() {
        load(seed);
        requests.clear();
        changed();
    }

    /** Checks and creates a ticket from a {@code {"ticket": {...}}} body, or throws the 422 of its first fault. */
    synchronized Ticket createTicket(JsonNode body, User agent) {
        TicketDraft draft = draftReader().readCreate(body);
        LocalDateTime now = now();
        long requesterId = requesterOf(draft, agent, now);
        long id = nextTicketId++;
        Ticket ticket = draft.toTicket(id, requesterId, addComment(draft.comment(), id, agent, now), now);
        tickets.put(id, ticket);
        changed();
        return ticket;
    }

    /** Checks and applies an update; 404 for an unknown ticket, 422 for the first fault of the body. */
    synchronized Ticket updateTicket(long id, JsonNode body, User agent) {
        Ticket existing = ticketOrNotFound(id);
        TicketDraft draft = draftReader().readUpdate(body, existing);
        LocalDateTime now = now();
        TicketComment added = draft.comment() == null ? null : addComment(draft.comment(), id, agent, now);
        Ticket updated = draft.applyTo(existing, added, now);
        tickets.put(id, updated);
        changed();
        return updated;
    }

    synchronized Ticket ticketOrNotFound(long id) {
        return ticket(id).orElseThrow(() -> ApiError.notFound("ticket " + id + " does not exist"));
    }

    synchronized List<Ticket> tickets(Predicate<Ticket> filter) {
        return tickets.values().stream().filter(filter).toList();
    }

    synchronized Attachment addAttachment(String name, long size, String contentType, String sha256, String token) {
        long id = attachments.values().stream().mapToLong(Attachment::id).max().orElse(0) + 1;
        Attachment attachment = new Attachment(id, token, name, size, contentType, sha256, now(), null, null);
        attachments.put(token, attachment);
        changed();
        return attachment;
    }

    synchronized Optional<Attachment> attachment(long id) {
        return attachments.values().stream().filter(attachment -> attachment.id() == id).findFirst();
    }

    synchronized List<Group> groups() {
        return directory.groups();
    }

    synchronized List<Group> groupsOf(long userId) {
        return directory.groupsOf(userId);
    }

    synchronized List<TicketField> ticketFields() {
        return directory.fields();
    }

    synchronized List<User> searchUsers(String query) {
        return directory.search(query);
    }

    /** The signed-in agent, when {@code email} is the configured one. */
    synchronized Optional<User> agent(String email) {
        return agentEmail.equalsIgnoreCase(email) ? directory.userByEmail(agentEmail) : Optional.empty();
    }

    synchronized void record(RequestLogEntry request) {
        if (requests.size() == LOGGED_REQUESTS) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    synchronized StateSnapshot snapshot() {
        return new StateSnapshot(directory.users(), directory.groups(), directory.fields(), tickets(),
                attachments());
    }

    /** Called under this state's lock after every change: the listener must return at once and not wait on it. */
    synchronized void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    private TicketDraftReader draftReader() {
        return new TicketDraftReader(directory, this::ticket,
                token -> Optional.ofNullable(attachments.get(token)));
    }

    private long requesterOf(TicketDraft draft, User agent, LocalDateTime now) {
        if (draft.requesterId() != null) {
            return draft.requesterId();
        }
        if (draft.newRequester() != null) {
            return directory.addEndUser(draft.newRequester(), now).id();
        }
        // as in KF5: a ticket that names no requester is the calling agent's
        return agent.id();
    }

    private TicketComment addComment(CommentDraft draft, long ticketId, User author, LocalDateTime now) {
        long commentId = nextCommentId++;
        List<Long> attachmentIds = new ArrayList<>();
        for (Attachment upload : draft.uploads()) {
            attachments.put(upload.token(), upload.boundTo(ticketId, commentId));
            attachmentIds.add(upload.id());
        }
        return new TicketComment(commentId, author.id(), draft.content(), draft.htmlContent(), draft.publicComment(),
                now, attachmentIds);
    }

    private void load(StateSnapshot snapshot) {
        directory = new Directory(snapshot.users(), snapshot.groups(), snapshot.ticketFields());
        directory.ensureAgent(agentEmail, now());
        tickets = new TreeMap<>();
        snapshot.tickets().forEach(ticket -> tickets.put(ticket.id(), ticket));
        attachments = new LinkedHashMap<>();
        snapshot.attachments().forEach(attachment -> attachments.put(attachment.token(), attachment));
        nextTicketId = 1 + tickets.keySet().stream().mapToLong(Long::longValue).max().orElse(FIRST_TICKET_ID - 1);
        nextCommentId = 1 + snapshot.tickets().stream()
                .flatMap(ticket -> ticket.comments().stream())
                .mapToLong(TicketComment::id)
                .max().orElse(0);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private void changed() {
        changeListener.run();
    }
}
