package io.kf5importer.kf5;

/**
 * KF5 could not take the request for now (500, 503 and other 5xx, 408, 429, connection refused or timed out before
 * the request was written; for lookups and uploads also an answer lost after writing) and the bounded retries are
 * spent. KF5 answering an error is taken to mean it did not act; a gateway's 502 or 504 to a ticket create or update
 * is not, and ends in {@link Kf5OutcomeUnknownException} instead.
 */
public class Kf5UnavailableException extends Kf5Exception {

    public Kf5UnavailableException(int status, String message, Throwable cause) {
        super(status, message, cause);
    }
}
