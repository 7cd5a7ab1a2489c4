package io.kf5importer.sandbox;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local KF5-compatible apiv2 server, to rehearse an import and to test the client against. It holds its state in
 * memory ({@link #state()}), optionally kept in a state file, and can be made to misbehave.
 *
 * <h2>Endpoints</h2>
 * Every request needs HTTP Basic sign-in as {@code email/token:api_token} (or {@code email:password} when a
 * password is set); bodies and answers are JSON wrapped in a resource key, as in KF5:
 * {@code POST /apiv2/tickets.json}, {@code GET /apiv2/tickets.json}, {@code GET /apiv2/tickets/search.json},
 * {@code GET|PUT /apiv2/tickets/{id}.json}, {@code GET /apiv2/tickets/{id}/comments.json},
 * {@code POST /apiv2/attachments.json?filename=NAME}, {@code GET /apiv2/attachments/{id}.json},
 * {@code GET /apiv2/ticket_fields.json}, {@code GET /apiv2/groups.json}, {@code GET /apiv2/users/search.json},
 * {@code GET /apiv2/users/me.json}, {@code GET /apiv2/users/{id}.json}. Lists are paged as {@link PageRequest} says.
 *
 * <h2>Errors</h2>
 * Every refusal is JSON {@code {"error": "<code>", "field": "<json path>", "message": "<what was wrong and what
 * was expected>"}}, {@code field} only when one field is at fault, e.g. {@code {"error": "invalid_field", "field":
 * "ticket.priority", "message": "priority must be one of low, medium, high, urgent, got 'p1'"}}. Codes: 400
 * {@code malformed_json}; 401 {@code unauthorized}; 404 {@code not_found}; 405 {@code method_not_allowed} (with
 * {@code Allow}); 413 {@code payload_too_large}; 422 {@code invalid_field} (the first rule broken, nothing created);
 * 429 {@code too_many_requests} (with {@code Retry-After} in seconds); 503 {@code service_unavailable}; 500
 * {@code internal_error}.
 *
 * <h2>Faults</h2>
 * After sign-in and the rate limit, each request of any endpoint draws one {@link FaultKind} with the probabilities
 * of {@link SandboxSettings#faults()} from a random seeded by {@link SandboxSettings#faultSeed()}: {@code error5xx}
 * answers 503 and {@code rate429} answers 429 with {@code Retry-After: 1}, both doing nothing; {@code reset} closes
 * the connection without reading or answering, doing nothing; {@code slow} waits {@link SandboxSettings#slowDelay()}
 * and then does the work and answers, so a ticket <em>is</em> created even though the client has likely timed out;
 * {@code drop-after-commit} does the work (a ticket is created, a token bound) and closes the connection without
 * answering. A client sees {@code reset} and {@code drop-after-commit} as a connection failure (OkHttp: an
 * {@code IOException} "unexpected end of stream").
 *
 * <p>Thread-safe. Closing stops the server, abandons requests still held by {@code slow} without doing their work,
 * and writes the state file.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);
    private static final int THREADS = 16;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxState state;
    private final StateSaver saver;
    private final String url;

    private SandboxServer(HttpServer server, ExecutorService executor, SandboxState state, StateSaver saver,
            String url) {
        this.server = server;
        this.executor = executor;
        this.state = state;
        this.saver = saver;
        this.url = url;
    }

    /**
     * Loads the seed (and the state file, when it exists), binds and starts serving.
     *
     * @throws IOException when the seed or state file cannot be read, or the address cannot be bound
     * @throws IllegalArgumentException when the seed or state contradicts itself, naming what is wrong
     */
    public static SandboxServer start(SandboxSettings settings) throws IOException {
        SandboxState state = loadState(settings);
        answerWithoutDelay();
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        String url = "http://" + settings.host() + ":" + server.getAddress().getPort();
        JsonMapper mapper = JsonMapper.builder().build();
        ApiViews views = new ApiViews(mapper, url);
        Routes routes = new Routes();
        new TicketEndpoints(state, views, mapper).addTo(routes);
        new AttachmentEndpoints(state, views, settings.maxAttachmentBytes()).addTo(routes);
        new DirectoryEndpoints(state, views).addTo(routes);
        server.createContext("/", new SandboxHandler(state, settings, routes, url, mapper));
        ExecutorService executor = requestThreads();
        server.setExecutor(executor);
        StateSaver saver = settings.stateFile() == null ? null : new StateSaver(settings.stateFile(), state::snapshot);
        if (saver != null) {
            state.onChange(saver::changed);
        }
        server.start();
        log.info("KF5 sandbox listening on [{}] as [{}]: {} users, {} tickets, faults [{}], {} requests/minute",
                url, settings.email(), state.users().size(), state.ticketCount(), settings.faults(),
                settings.ratePerMinute() == 0 ? "unlimited" : settings.ratePerMinute());
        return new SandboxServer(server, executor, state, saver, url);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL, such as {@code http://127.0.0.1:52731}; API paths go after it. */
    public String url() {
        return url;
    }

    /** The live state, for tests and embedders. */
    public SandboxState state() {
        return state;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (saver != null) {
            saver.close();
        }
        log.info("KF5 sandbox at [{}] stopped with {} tickets", url, state.ticketCount());
    }

    private static SandboxState loadState(SandboxSettings settings) throws IOException {
        StateSnapshot seed = settings.seedFile() == null ? StateFile.readBuiltInSeed()
                : StateFile.read(settings.seedFile());
        boolean resumed = settings.stateFile() != null && Files.exists(settings.stateFile());
        StateSnapshot start = resumed ? StateFile.read(settings.stateFile()) : seed;
        if (resumed) {
            log.info("KF5 sandbox resumes from [{}]: {} tickets", settings.stateFile(), start.tickets().size());
        }
        String source = resumed ? settings.stateFile().toString()
                : settings.seedFile() == null ? "classpath:" + StateFile.BUILT_IN_SEED : settings.seedFile().toString();
        try {
            return new SandboxState(seed, start, settings.email(), settings.clock());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The JDK server writes an answer's headers and body apart; without TCP_NODELAY the body waits for the client's
     * delayed acknowledgement, about 40 ms a request on Linux, and the sandbox would be what limits any import
     * rehearsed or measured against it. The JDK reads the setting once, when the JVM's first server starts.
     */
    private static void answerWithoutDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private static ExecutorService requestThreads() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "kf5-sandbox-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
