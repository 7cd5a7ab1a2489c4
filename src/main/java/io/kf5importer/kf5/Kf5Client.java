package io.kf5importer.kf5;

import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KF5 apiv2 calls the importer makes. Every request is signed, paced by one shared {@link Throttle}, retried
 * when that is safe, and its failure classified by {@link FailureClassifier}: see the {@link Kf5Exception}
 * subclasses for what a caller may do next. A ticket create or update is never sent twice by this client; the
 * Authorization header never appears in a log line or a message. Thread-safe.
 */
public final class Kf5Client implements AutoCloseable {

    private static final Pattern TICKET_LOCATION = Pattern.compile("/tickets/(\\d+)\\.json");

    private static final String PER_PAGE = "100";

    private final AccountUrl account;

    private final String email;

    private final OkHttpClient http;

    private final Throttle throttle;

    private final RetryingCaller caller;

    private final JsonMapper mapper = JsonMapper.builder().build();

    private final AnswerReader reader = new AnswerReader(mapper);

    private final PageWalker pages;

    private final HttpUrl ticketsUrl;

    /**
     * @param baseUrl the account's address, such as {@code https://acme.kf5.com}; a trailing slash is fine
     * @throws IllegalArgumentException when the address is not an http(s) URL with a host and nothing else
     */
    public Kf5Client(String baseUrl, Kf5Credentials credentials, Kf5ClientSettings settings) {
        this(baseUrl, credentials, settings, Ticker.SYSTEM);
    }

    Kf5Client(String baseUrl, Kf5Credentials credentials, Kf5ClientSettings settings, Ticker ticker) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(settings, "settings");
        this.account = AccountUrl.parse(baseUrl);
        this.email = credentials.email();
        this.http = httpClient(credentials, settings);
        this.throttle = new Throttle(settings, ticker);
        FailureClassifier classifier = new FailureClassifier(account, email, mapper);
        Backoff backoff = new Backoff(settings.retryBaseDelay(), settings.retryMaxDelay(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.caller = new RetryingCaller(http, throttle, classifier, new RateLimitHeaders(Clock.systemUTC()), backoff,
                ticker, settings);
        this.pages = new PageWalker(account, caller, reader);
        this.ticketsUrl = account.api("tickets.json");
    }

    /**
     * {@code POST /apiv2/tickets.json} with {@code {"ticket": ...}}. Never sent twice by this method: when the
     * answer is lost it throws {@link Kf5OutcomeUnknownException} and the caller must reconcile.
     */
    public CreatedTicket createTicket(TicketRequest ticket) {
        return createTicket(TicketJson.of(ticket));
    }

    /** {@link #createTicket(TicketRequest)} with the ticket serialized already. */
    public CreatedTicket createTicket(TicketJson ticket) {
        byte[] body = wrap("{\"ticket\":", ticket.bytes());
        ApiCall call = new ApiCall("POST", ticketsUrl, () -> OneShotBody.json(body), RequestKind.TICKET_CREATE,
                false);
        ApiAnswer answer = caller.call(call);
        String location = answer.headers().get("Location");
        return new CreatedTicket(createdId(call, answer, location), location);
    }

    /**
     * {@code POST /apiv2/attachments.json?filename=...} with the file's bytes as {@code application/binary}: returns
     * the attachment token for a comment's {@code uploads}. Sent again after a lost answer, which at worst leaves an
     * unused upload in KF5.
     *
     * @throws Kf5RejectedException (status 0, field {@code attachment}) when the file cannot be read here
     */
    public String uploadAttachment(String fileName, Path file) {
        long size = readableSize(file);
        String name = fileName == null || fileName.isBlank() ? file.getFileName().toString() : fileName;
        HttpUrl url = account.api("attachments.json").newBuilder().addQueryParameter("filename", name).build();
        ApiCall call = new ApiCall("POST", url, () -> OneShotBody.binary(file, size), RequestKind.ATTACHMENT_UPLOAD,
                false);
        ApiAnswer answer = caller.call(call);
        JsonNode token = reader.objectUnder(call, answer, "attachment").path("token");
        if (!token.isString() || token.asString().isBlank()) {
            throw reader.unexpected(call, answer, "an attachment token");
        }
        return token.asString();
    }

    /**
     * {@code GET /apiv2/tickets/{id}.json}: the {@code ticket} object.
     *
     * @throws Kf5NotFoundException when KF5 has no such ticket
     */
    public JsonNode ticket(long id) {
        ApiCall call = ApiCall.getOne(account.api("tickets", id + ".json"));
        return reader.objectUnder(call, caller.call(call), "ticket");
    }

    /** {@code GET /apiv2/tickets/{id}.json}: the {@code ticket} object, or empty when KF5 has no such ticket. */
    public Optional<JsonNode> findTicket(long id) {
        try {
            return Optional.of(ticket(id));
        } catch (Kf5NotFoundException missing) {
            return Optional.empty();
        }
    }

    /** {@code PUT /apiv2/tickets/{id}.json} with {@code {"ticket": ...}}: the updated {@code ticket}. Never resent. */
    public JsonNode updateTicket(long id, TicketRequest ticket) {
        byte[] body = mapper.writeValueAsBytes(Map.of("ticket", ticket));
        ApiCall call = new ApiCall("PUT", account.api("tickets", id + ".json"), () -> OneShotBody.json(body),
                RequestKind.TICKET_UPDATE, true);
        return reader.objectUnder(call, caller.call(call), "ticket");
    }

    /** {@code GET /apiv2/tickets/search.json?fieldvalue=...}, every page. */
    public List<JsonNode> searchTicketsByFieldValue(String value) {
        HttpUrl url = account.api("tickets", "search.json").newBuilder()
                .addQueryParameter("fieldvalue", value)
                .addQueryParameter("per_page", PER_PAGE)
                .build();
        return pages.all(url, "tickets");
    }

    /**
     * {@code GET /apiv2/tickets.json?created_start=...}, every page; {@code createdStart} as unix seconds (KF5 also
     * takes {@code yyyy-MM-dd HH:mm:ss}).
     */
    public List<JsonNode> ticketsCreatedSince(String createdStart) {
        HttpUrl url = account.api("tickets.json").newBuilder()
                .addQueryParameter("created_start", createdStart)
                .addQueryParameter("per_page", PER_PAGE)
                .build();
        return pages.all(url, "tickets");
    }

    /** {@code GET /apiv2/users/me.json}: the signed-in user, to check credentials before a run. */
    public JsonNode me() {
        ApiCall call = ApiCall.get(account.api("users", "me.json"));
        return reader.objectUnder(call, caller.call(call), "user");
    }

    /** {@code GET /apiv2/ticket_fields.json}: every ticket field, custom ones included. */
    public List<JsonNode> ticketFields() {
        return pages.all(account.api("ticket_fields.json"), "ticket_fields");
    }

    /** {@code GET /apiv2/groups.json}: every agent group, with its agents. */
    public List<JsonNode> groups() {
        return pages.all(account.api("groups.json"), "groups");
    }

    /** {@code GET /apiv2/users/search.json?query=...}, every page. KF5 may match loosely: compare the results. */
    public List<JsonNode> searchUsers(String query) {
        HttpUrl url = account.api("users", "search.json").newBuilder()
                .addQueryParameter("query", query)
                .addQueryParameter("per_page", PER_PAGE)
                .build();
        return pages.all(url, "users");
    }

    /** The throttle every request of this client goes through: its rate and counters, for progress and reports. */
    public Throttle throttle() {
        return throttle;
    }

    public Kf5Statistics statistics() {
        return throttle.statistics();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "Kf5Client[" + account + " as " + email + "]";
    }

    /**
     * The new ticket's id from {@code ticket.id}, else from the {@code Location} header. KF5 answered 2xx, so the
     * ticket exists: an id that cannot be read is an unknown outcome, not a failure to create.
     */
    private long createdId(ApiCall call, ApiAnswer answer, String location) {
        Long id = CreatedTicketId.read(mapper, answer.body());
        if (id != null) {
            return id;
        }
        Matcher fromLocation = TICKET_LOCATION.matcher(location == null ? "" : location);
        if (fromLocation.find()) {
            return Long.parseLong(fromLocation.group(1));
        }
        throw new Kf5OutcomeUnknownException("KF5 answered " + answer.status() + " to " + call.describe()
                + " but no ticket id could be read from \"" + answer.bodyExcerpt(AnswerReader.EXCERPT)
                + "\": the ticket was probably created; check KF5 before sending it again", null);
    }

    /** {@code prefix}, then {@code json}, then a closing brace: a JSON object around one already serialized. */
    private static byte[] wrap(String prefix, byte[] json) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + json.length + 1);
        System.arraycopy(json, 0, body, head.length, json.length);
        body[body.length - 1] = '}';
        return body;
    }

    private static long readableSize(Path file) {
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IOException("not a readable file");
            }
            return Files.size(file);
        } catch (IOException unreadable) {
            throw new Kf5RejectedException(0, "attachment",
                    "cannot read attachment " + file + " (" + unreadable.getMessage() + "): check the file");
        }
    }

    private static OkHttpClient httpClient(Kf5Credentials credentials, Kf5ClientSettings settings) {
        return new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .connectionPool(new ConnectionPool(settings.concurrency(), 30, TimeUnit.SECONDS))
                // Every resend is RetryingCaller's decision, made knowing whether the request may have been written.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new AuthorizationInterceptor(credentials))
                .eventListenerFactory(call -> progressOf(call.request().tag(RequestProgress.class)))
                .build();
    }

    private static EventListener progressOf(RequestProgress progress) {
        return progress == null ? EventListener.NONE : progress;
    }
}
