package io.kf5importer.kf5;

/**
 * KF5 could not take the request for now (5xx, 429, connection refused or timed out before the request was
 * written) and the bounded retries are spent. Nothing was created.
 */
public class Kf5UnavailableException extends Kf5Exception {

    public Kf5UnavailableException(int status, String message, Throwable cause) {
        super(status, message, cause);
    }
}
