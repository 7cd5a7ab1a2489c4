package io.kf5importer.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * Every request goes through here: sign-in (401), rate limit (429), the fault drawn for it, the endpoint, and the
 * answer or, for {@code reset} and {@code drop-after-commit}, a connection closed without one. Each request is
 * logged in {@link SandboxState#requests()}.
 */
final class SandboxHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(SandboxHandler.class);
    private static final int NO_ANSWER = 0;

    private final SandboxState state;
    private final AgentSignIn signIn;
    private final RequestRateLimiter rateLimiter;
    private final SandboxFaults faults;
    private final Random faultRandom;
    private final Duration slowDelay;
    private final Routes routes;
    private final String baseUrl;
    private final JsonMapper mapper;

    SandboxHandler(SandboxState state, SandboxSettings settings, Routes routes, String baseUrl, JsonMapper mapper) {
        this.state = state;
        this.signIn = new AgentSignIn(state, settings.apiToken(), settings.password());
        this.rateLimiter = RequestRateLimiter.perMinute(settings.ratePerMinute(), settings.rateWindow());
        this.faults = settings.faults();
        this.faultRandom = settings.faultSeed() == null ? new Random() : new Random(settings.faultSeed());
        this.slowDelay = settings.slowDelay();
        this.routes = routes;
        this.baseUrl = baseUrl;
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Outcome outcome = outcome(exchange, method, path);
        ApiResponse response = outcome.response();
        // logged before answering, so that a client holding its answer (or its failure) finds the request logged
        state.record(new RequestLogEntry(method, path, response == null ? NO_ANSWER : response.status(),
                outcome.fault()));
        try {
            if (response != null) {
                send(exchange, response);
            }
        } finally {
            // closing before an answer was sent drops the connection: this is how reset and drop-after-commit work
            exchange.close();
        }
    }

    private Outcome outcome(HttpExchange exchange, String method, String path) {
        FaultKind fault = null;
        try {
            User agent = signIn.signIn(exchange.getRequestHeaders().getFirst("Authorization"));
            rateLimiter.admit();
            fault = drawFault().orElse(null);
            return new Outcome(answer(fault, () -> endpointAnswer(exchange, method, path, agent)), fault);
        } catch (ApiError refusal) {
            return new Outcome(errorResponse(refusal), fault);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.debug("Sandbox stopped while {} {} waited as a slow request", method, path);
            return new Outcome(null, fault);
        } catch (RuntimeException e) {
            log.error("Sandbox failed on {} {}", method, path, e);
            return new Outcome(errorResponse(ApiError.internal("the sandbox failed: " + e)), fault);
        }
    }

    private Optional<FaultKind> drawFault() {
        synchronized (faultRandom) {
            return faults.draw(faultRandom);
        }
    }

    /** The answer, or null for none; under {@code slow} the work starts only after the delay. */
    private ApiResponse answer(FaultKind fault, Work work) throws InterruptedException {
        if (fault == null) {
            return work.answer();
        }
        switch (fault) {
            case ERROR_5XX -> throw ApiError.unavailable("the sandbox injected fault error5xx; nothing was done");
            case RATE_429 -> throw ApiError.tooManyRequests(1, "the sandbox injected fault rate429; nothing was done");
            case RESET -> {
                return null;
            }
            case SLOW -> {
                Thread.sleep(slowDelay.toMillis());
                return work.answer();
            }
            case DROP_AFTER_COMMIT -> {
                workIgnoringRefusal(work);
                return null;
            }
            default -> throw new IllegalStateException("unhandled fault " + fault);
        }
    }

    private static void workIgnoringRefusal(Work work) {
        try {
            work.answer();
        } catch (ApiError refusal) {
            // the connection is dropped whatever the answer would have been
        }
    }

    private ApiResponse endpointAnswer(HttpExchange exchange, String method, String path, User agent) {
        Routes.RouteMatch route = routes.match(method, path);
        return route.endpoint().handle(new ApiRequest(exchange, route.path(), agent, baseUrl));
    }

    private ApiResponse errorResponse(ApiError error) {
        ObjectNode body = mapper.createObjectNode().put("error", error.error());
        if (error.field() != null) {
            body.put("field", error.field());
        }
        body.put("message", error.getMessage());
        return new ApiResponse(error.status(), error.headers(), body);
    }

    /** Sends the answer; a client that has gone away (after a slow request, say) is not an error. */
    private void send(HttpExchange exchange, ApiResponse response) {
        byte[] body = mapper.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        response.headers().forEach(exchange.getResponseHeaders()::set);
        try {
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            log.debug("Could not answer {} {}: the client has gone ({})", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e.getMessage());
        }
    }

    /** What to answer (null: close without answering) and the fault drawn, if any. */
    private record Outcome(ApiResponse response, FaultKind fault) {
    }

    @FunctionalInterface
    private interface Work {
        ApiResponse answer();
    }
}
