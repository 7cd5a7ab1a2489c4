package io.kf5importer.progress;

import java.io.PrintWriter;

/**
 * A bar redrawn in place on a terminal: {@code [#########-----------] 1200 of 5000 rows (24%), ...}. Without a total
 * (still counting, or too big to count) it shows the rows done and the rate only.
 */
public final class ProgressBar implements ProgressDisplay {

    private static final int WIDTH = 24;
    /** Carriage return, then erase to the end of the line (ANSI), so that a shorter line leaves no trace. */
    private static final String REDRAW = "\r\u001b[K";

    private final PrintWriter terminal;

    public ProgressBar(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** Draws the bar and leaves the cursor at its start, so that a log line written meanwhile covers it. */
    @Override
    public void update(ProgressSnapshot snapshot) {
        terminal.print(REDRAW + render(snapshot) + "\r");
        terminal.flush();
    }

    @Override
    public void finish(ProgressSnapshot snapshot) {
        terminal.println(REDRAW + render(snapshot));
        terminal.flush();
    }

    static String render(ProgressSnapshot snapshot) {
        Double fraction = snapshot.fraction();
        if (fraction == null) {
            return snapshot.describe();
        }
        int filled = (int) Math.round(fraction * WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + snapshot.describe();
    }
}
