package io.kf5importer.job;

import java.time.Instant;

/**
 * A row whose create may have reached KF5 without an answer, waiting for the settle step.
 *
 * @param row the row
 * @param since when this run learned it was uncertain; a create sent before then may still be on its way to KF5
 */
record UnsettledRow(PreparedRow row, Instant since) {
}
