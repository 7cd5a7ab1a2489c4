package io.kf5importer.progress;

/** Shows a run's progress to the operator. Called from one thread at a time. */
public interface ProgressDisplay {

    /** A new snapshot, about once a second; the display decides whether to show it. */
    void update(ProgressSnapshot snapshot);

    /** The last snapshot, when the run ends: always shown. */
    void finish(ProgressSnapshot snapshot);

    /** A display that shows nothing. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public void update(ProgressSnapshot snapshot) {
        }

        @Override
        public void finish(ProgressSnapshot snapshot) {
        }
    };
}
