package io.kf5importer.kf5;

import io.kf5importer.kf5.FailureClassifier.Verdict;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends one {@link ApiCall} through the throttle and keeps at it while the {@link FailureClassifier} says a retry may
 * help: up to {@code maxAttempts} attempts, waiting a jittered backoff between them, or as long as KF5's
 * {@code Retry-After} asks (that pause holds back every request of the client). When KF5 has been failing for longer
 * than the unreachable window, across every call, the run is stopped with a {@link Kf5FatalException}. Thread-safe.
 */
final class RetryingCaller {

    private static final Logger log = LoggerFactory.getLogger(RetryingCaller.class);

    private final OkHttpClient http;

    private final Throttle throttle;

    private final FailureClassifier classifier;

    private final RateLimitHeaders rateLimits;

    private final Backoff backoff;

    private final OutageWatch outage;

    private final Ticker ticker;

    private final Kf5ClientSettings settings;

    RetryingCaller(OkHttpClient http, Throttle throttle, FailureClassifier classifier, RateLimitHeaders rateLimits,
            Backoff backoff, Ticker ticker, Kf5ClientSettings settings) {
        this.http = http;
        this.throttle = throttle;
        this.classifier = classifier;
        this.rateLimits = rateLimits;
        this.backoff = backoff;
        this.ticker = ticker;
        this.settings = settings;
        this.outage = new OutageWatch(ticker, settings.unreachableAfter().toNanos());
    }

    /**
     * KF5's 2xx answer to {@code call}.
     *
     * @throws Kf5Exception when KF5 refuses, stays unavailable, may have acted without saying so, or is unreachable
     */
    ApiAnswer call(ApiCall call) {
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = attempt(call);
            Verdict verdict = outcome.verdict();
            if (outcome.answer() != null && verdict.kind() != Verdict.Kind.RETRY) {
                outage.answered();
            }
            if (verdict.kind() == Verdict.Kind.SUCCESS) {
                return outcome.answer();
            }
            if (verdict.kind() == Verdict.Kind.FAIL) {
                throw verdict.failure();
            }
            stopIfUnreachable(verdict, outcome.retryAfter());
            if (attempt >= settings.maxAttempts()) {
                throw new Kf5UnavailableException(verdict.status(), "KF5 did not take " + call.describe() + " after "
                        + attempt + " attempt(s), last: " + verdict.reason() + "; try again later",
                        verdict.cause());
            }
            waitBeforeRetry(call, attempt, verdict, outcome.retryAfter());
        }
    }

    private Attempt attempt(ApiCall call) {
        RequestProgress progress = new RequestProgress();
        Throttle.Permit permit = acquire(call);
        try (permit; Response response = http.newCall(call.toRequest(progress)).execute()) {
            ApiAnswer answer = new ApiAnswer(response.code(), response.headers(), response.body().string());
            log.debug("{} answered {}", call.describe(), answer.status());
            Duration retryAfter = noteRateLimits(permit, answer);
            return new Attempt(classifier.classify(call, answer), answer, retryAfter);
        } catch (IOException failure) {
            log.debug("{} failed", call.describe(), failure);
            return new Attempt(classifier.classify(call, failure, progress.mayHaveBeenWritten(failure)), null, null);
        }
    }

    private Throttle.Permit acquire(ApiCall call) {
        try {
            return throttle.acquire(call.kind());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Kf5UnavailableException(0, "interrupted while waiting to send " + call.describe()
                    + "; it was not sent", interrupted);
        }
    }

    /**
     * Tells the throttle what the answer says about KF5's limits; returns the {@code Retry-After} wait, if any. A 429
     * without {@code Retry-After} but with an exhausted limit and its reset says when to come back just as well.
     */
    private Duration noteRateLimits(Throttle.Permit permit, ApiAnswer answer) {
        Duration retryAfter = null;
        if (answer.status() == 429 || answer.status() == 503) {
            retryAfter = rateLimits.retryAfter(answer.headers()).orElse(null);
        }
        Optional<Duration> untilReset = rateLimits.exhaustedUntilReset(answer.headers());
        if (answer.status() == 429) {
            throttle.onTooManyRequests(permit, retryAfter != null ? retryAfter : untilReset.orElse(null));
        } else if (retryAfter != null) {
            throttle.pauseFor(retryAfter);
        }
        untilReset.ifPresent(throttle::pauseFor);
        return retryAfter;
    }

    private void stopIfUnreachable(Verdict verdict, Duration retryAfter) {
        if (retryAfter != null && retryAfter.compareTo(settings.unreachableAfter()) > 0) {
            throw new Kf5FatalException(verdict.status(), "KF5 asks to wait " + minutes(retryAfter.toNanos())
                    + " minute(s) before the next request (Retry-After, last: " + verdict.reason()
                    + "); run again later to resume", verdict.cause());
        }
        long failingNanos = outage.failedFor();
        if (failingNanos > 0) {
            throw new Kf5FatalException(verdict.status(), "KF5 unreachable for " + minutes(failingNanos)
                    + " minute(s) (last: " + verdict.reason() + "); run again later to resume", verdict.cause());
        }
    }

    /** Waits the backoff, unless KF5 said when to come back: the throttle then holds the next attempt until then. */
    private void waitBeforeRetry(ApiCall call, int attempt, Verdict verdict, Duration retryAfter) {
        long waitNanos = retryAfter == null ? backoff.nanosBefore(attempt) : 0;
        Duration shown = retryAfter == null ? Duration.ofNanos(waitNanos) : retryAfter;
        log.warn("KF5 did not take {} (attempt {} of {}: {}); trying again in {} ms", call.describe(), attempt,
                settings.maxAttempts(), verdict.reason(), shown.toMillis());
        throttle.recordRetry();
        try {
            ticker.sleep(waitNanos);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Kf5UnavailableException(verdict.status(), "interrupted while waiting to send "
                    + call.describe() + " again (last: " + verdict.reason() + ")", interrupted);
        }
    }

    private static long minutes(long nanos) {
        return Math.max(1, Duration.ofNanos(nanos).toMinutes());
    }

    private record Attempt(Verdict verdict, ApiAnswer answer, Duration retryAfter) {
    }
}
