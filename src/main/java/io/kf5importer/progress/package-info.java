/**
 * What the operator sees while a run goes on: a progress bar on a terminal, a plain progress line at intervals
 * otherwise (rows done of the total, rate, time left, 429 answers seen).
 */
package io.kf5importer.progress;
