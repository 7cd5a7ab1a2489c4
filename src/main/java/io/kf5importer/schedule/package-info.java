/**
 * When it runs by itself: an inbox watched on a cron expression or an interval, whose files are imported once they
 * stop changing and then moved to {@code processed/} or {@code failed/}, one scheduler at a time per database.
 */
package io.kf5importer.schedule;
