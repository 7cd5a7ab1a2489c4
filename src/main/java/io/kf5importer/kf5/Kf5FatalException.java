package io.kf5importer.kf5;

/**
 * A failure that every request of the run would share (wrong credentials, no permission, a URL that is not a KF5
 * account, KF5 unreachable): the run must stop and can be restarted once it is fixed.
 */
public class Kf5FatalException extends Kf5Exception {

    public Kf5FatalException(int status, String message, Throwable cause) {
        super(status, message, cause);
    }
}
