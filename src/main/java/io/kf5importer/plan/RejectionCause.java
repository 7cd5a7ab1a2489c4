package io.kf5importer.plan;

import java.util.List;

/**
 * One reason rows are rejected, with how many rows it rejects and the first of them.
 *
 * @param cause the column and the rule broken, as the rows' problems say it
 * @param rows how many rows it rejects
 * @param firstRows the row numbers of the first few of them
 */
public record RejectionCause(String cause, long rows, List<Long> firstRows) {

    public RejectionCause {
        firstRows = List.copyOf(firstRows);
    }
}
