/**
 * What a run leaves for the operator: per run, {@code results.csv} (every row's outcome) and the rejected and failed
 * rows in the source's own columns and format, with the reason, to fix and import again.
 */
package io.kf5importer.report;
