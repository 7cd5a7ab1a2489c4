/**
 * How the run is wired: a Spring Batch job that reads the source, maps each row, and sends each ticket exactly once,
 * with the ledger, not the chunk, deciding what was already sent.
 */
package io.kf5importer.job;
