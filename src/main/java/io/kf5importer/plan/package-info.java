/**
 * The rehearsal before an import: every row mapped and checked against the account and the ledger, and a plan of
 * what an import would do — rows to create, skip and reject, the API calls it would make and how long they take —
 * without writing anything to KF5.
 */
package io.kf5importer.plan;
