package io.kf5importer.kf5;

/** KF5 refused this request for what it contains (a 4xx validation answer): sending it again would not help. */
public class Kf5RejectedException extends Kf5Exception {

    private final String field;

    public Kf5RejectedException(int status, String field, String message) {
        super(status, message, null);
        this.field = field;
    }

    /** The request field KF5 named, or {@code null}. */
    public String field() {
        return field;
    }
}
