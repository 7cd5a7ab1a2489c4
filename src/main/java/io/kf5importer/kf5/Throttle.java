package io.kf5importer.kf5;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Paces every request of one client together (uploads, creates and lookups alike): one token bucket refilled at
 * {@link Kf5ClientSettings#effectiveRatePerMinute()}, a bound of {@link Kf5ClientSettings#concurrency()} requests in
 * flight, and a pause that holds every request back when KF5 says when to come back ({@code Retry-After}, or an
 * exhausted {@code X-RateLimit-Remaining}).
 *
 * <p>The bucket holds a single token, and the first request takes it: requests leave one rate step apart from the
 * start, never more than the rate in any minute, and never in a burst, not even after a pause (a token that came due
 * while a pause was on is dropped, and taken again once the pause is over).
 *
 * <p>A 429 that says when to come back only pauses: KF5 counted more requests than it allows in its window, and the
 * pause waits out the rest of that window. A 429 that does not say, or one answering a request sent less than a minute
 * after the client came back from such a pause (the pause alone did not help), halves the rate (never below one
 * request a minute); each further minute without a 429 gives back a tenth of the configured rate, up to the
 * configured rate. A 429 answering a request that was let through before the last slow-down does not halve the rate
 * again: those requests were paced at the old rate.
 *
 * <p>Thread-safe.
 */
public final class Throttle {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);

    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** The slowest the throttle goes after repeated 429s. */
    static final int FLOOR_PER_MINUTE = 1;

    private final Ticker ticker;

    private final int configuredRate;

    private final Bucket bucket;

    private final Semaphore inFlight;

    private final AtomicLong pausedUntil;

    private final Map<RequestKind, LongAdder> requests = new EnumMap<>(RequestKind.class);

    private final LongAdder tooManyRequests = new LongAdder();

    private final LongAdder retries = new LongAdder();

    private int rate;

    private long generation;

    private long calmSince;

    /** When the last pause a 429 asked for ends or ended; a minute before the start until there is one. */
    private long cameBackAt;

    public Throttle(Kf5ClientSettings settings) {
        this(settings, Ticker.SYSTEM);
    }

    Throttle(Kf5ClientSettings settings, Ticker ticker) {
        this.ticker = ticker;
        this.configuredRate = settings.effectiveRatePerMinute();
        this.rate = configuredRate;
        this.bucket = Bucket.builder().addLimit(bandwidth(configuredRate)).withCustomTimePrecision(timeMeter(ticker))
                .build();
        this.inFlight = new Semaphore(settings.concurrency(), true);
        this.pausedUntil = new AtomicLong(ticker.nanoTime());
        this.calmSince = ticker.nanoTime();
        this.cameBackAt = ticker.nanoTime() - MINUTE_NANOS;
        for (RequestKind kind : RequestKind.values()) {
            requests.put(kind, new LongAdder());
        }
    }

    /**
     * Waits for a free slot, the end of any pause and a token, then counts the request. Close the permit once the
     * answer is read.
     */
    Permit acquire(RequestKind kind) throws InterruptedException {
        inFlight.acquire();
        try {
            takeToken();
        } catch (InterruptedException | RuntimeException e) {
            inFlight.release();
            throw e;
        }
        requests.get(kind).increment();
        return new Permit(currentGeneration(), ticker.nanoTime());
    }

    /** Holds every request back for this long (KF5's {@code Retry-After}, or until its rate limit resets). */
    void pauseFor(Duration pause) {
        long until = ticker.nanoTime() + pause.toNanos();
        pausedUntil.accumulateAndGet(until, Math::max);
    }

    /**
     * A 429 answered the request sent under this permit. With {@code retryAfter} (how long KF5 asks to wait, through
     * {@code Retry-After} or its rate limit's reset) every request pauses that long and the rate stays, unless the
     * request went out less than a minute after the last such pause; without it, or then, the rate is halved.
     *
     * @param retryAfter the wait KF5 asks for, or null when it does not say
     */
    void onTooManyRequests(Permit permit, Duration retryAfter) {
        tooManyRequests.increment();
        if (retryAfter != null) {
            pauseFor(retryAfter);
        }
        slowDownOrKeepPace(permit, retryAfter);
    }

    void recordRetry() {
        retries.increment();
    }

    /** The rate the throttle paces at now, in requests a minute. */
    public synchronized int ratePerMinute() {
        return rate;
    }

    /** Places free for requests in flight. */
    int freeSlots() {
        return inFlight.availablePermits();
    }

    public Kf5Statistics statistics() {
        Map<RequestKind, Long> sent = new EnumMap<>(RequestKind.class);
        requests.forEach((kind, count) -> sent.put(kind, count.sum()));
        return new Kf5Statistics(ratePerMinute(), configuredRate, sent, tooManyRequests.sum(), retries.sum());
    }

    /**
     * Takes a token once no pause is on. A token that came due during a pause would let the requests held back leave
     * together when it ends, so it is dropped and another one taken.
     */
    private void takeToken() throws InterruptedException {
        do {
            waitOutPause();
            recoverIfCalm();
            bucket.asBlocking().consume(1, ticker::sleep);
        } while (paused());
    }

    private boolean paused() {
        return pausedUntil.get() - ticker.nanoTime() > 0;
    }

    private void waitOutPause() throws InterruptedException {
        long wait;
        while ((wait = pausedUntil.get() - ticker.nanoTime()) > 0) {
            ticker.sleep(wait);
        }
    }

    private synchronized long currentGeneration() {
        return generation;
    }

    private synchronized void slowDownOrKeepPace(Permit permit, Duration retryAfter) {
        long sentSinceComeBack = permit.sentAt - cameBackAt;
        boolean pauseDidNotHelp = sentSinceComeBack >= 0 && sentSinceComeBack < MINUTE_NANOS;
        if (retryAfter != null) {
            long comeBack = ticker.nanoTime() + retryAfter.toNanos();
            cameBackAt = comeBack - cameBackAt > 0 ? comeBack : cameBackAt;
        }
        if (retryAfter == null || pauseDidNotHelp) {
            slowDown(permit.generation);
            return;
        }
        // The minute without a 429 that gives back pace, when below the configured rate, starts again.
        calmSince = ticker.nanoTime();
        log.warn("KF5 answered 429 Too Many Requests: every request waits {} ms, the pace stays {} requests a minute",
                retryAfter.toMillis(), rate);
    }

    private synchronized void slowDown(long permitGeneration) {
        if (permitGeneration != generation) {
            return;
        }
        generation++;
        calmSince = ticker.nanoTime();
        changeRate(Math.max(FLOOR_PER_MINUTE, rate / 2));
        log.warn("KF5 answered 429 Too Many Requests: slowing down to {} requests a minute", rate);
    }

    private synchronized void recoverIfCalm() {
        if (rate >= configuredRate) {
            return;
        }
        long calmMinutes = (ticker.nanoTime() - calmSince) / MINUTE_NANOS;
        if (calmMinutes < 1) {
            return;
        }
        calmSince += calmMinutes * MINUTE_NANOS;
        changeRate((int) Math.min(configuredRate, rate + calmMinutes * recoveryStep()));
        log.info("No 429 from KF5 for {} minute(s): back to {} requests a minute", calmMinutes, rate);
    }

    private int recoveryStep() {
        return Math.max(1, Math.round(configuredRate * 0.1f));
    }

    private void changeRate(int perMinute) {
        rate = perMinute;
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(bandwidth(perMinute)).build();
        bucket.replaceConfiguration(configuration, TokensInheritanceStrategy.AS_IS);
    }

    /**
     * Spread evenly over the minute with room for one token: a limit counted per minute from any instant is never
     * exceeded, and time no request used is not saved up for a burst later.
     */
    private static Bandwidth bandwidth(int perMinute) {
        return Bandwidth.builder().capacity(1).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }

    private static TimeMeter timeMeter(Ticker ticker) {
        return new TimeMeter() {

            @Override
            public long currentTimeNanos() {
                return ticker.nanoTime();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** One request's place in flight; closing it frees the place. Closing twice is harmless. */
    final class Permit implements AutoCloseable {

        private final long generation;

        private final long sentAt;

        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(long generation, long sentAt) {
            this.generation = generation;
            this.sentAt = sentAt;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                inFlight.release();
            }
        }
    }
}
