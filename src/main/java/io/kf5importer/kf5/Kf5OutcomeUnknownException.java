package io.kf5importer.kf5;

/**
 * The request was written but no answer came (read timeout, connection lost): KF5 may or may not have acted on it.
 * A create that ends here must be reconciled with KF5 before it is sent again.
 */
public class Kf5OutcomeUnknownException extends Kf5Exception {

    public Kf5OutcomeUnknownException(String message, Throwable cause) {
        super(0, message, cause);
    }
}
