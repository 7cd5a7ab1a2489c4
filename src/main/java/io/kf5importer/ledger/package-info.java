/**
 * Where progress is kept: the runs, and every row's way to exactly one ticket, in PostgreSQL. Each write commits on
 * its own, outside the job's chunk transactions, so that what the ledger says was sent stays said.
 */
package io.kf5importer.ledger;
