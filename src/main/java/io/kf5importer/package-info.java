/**
 * kf5-importer: reads helpdesk exports ({@code source}), maps rows to tickets ({@code mapping}, with names turned into
 * ids from the target {@code account}), sends them to KF5 ({@code kf5}), records every row's progress
 * ({@code ledger}, {@code database}) in a Spring Batch job ({@code job}) started from the command line ({@code cli});
 * {@code plan} rehearses an import, {@code report} and {@code progress} tell what happened, {@code schedule} runs
 * imports from an inbox, and {@code sandbox} is a local KF5 to rehearse against.
 */
package io.kf5importer;
