package io.kf5importer.kf5;

/**
 * A request to KF5 that did not succeed. The subclass says what the caller may do next:
 * {@link Kf5RejectedException} (permanent for this row), {@link Kf5UnavailableException} (transient, retries spent),
 * {@link Kf5OutcomeUnknownException} (sent, answer lost: reconcile before sending again) and
 * {@link Kf5FatalException} (every row would fail: stop the run).
 */
public abstract class Kf5Exception extends RuntimeException {

    private final int status;

    protected Kf5Exception(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status KF5 answered, or 0 when no answer came. */
    public int status() {
        return status;
    }
}
