/**
 * Where the ledger lives: a PostgreSQL server given by URL, or an embedded PostgreSQL 17 kept under the importer's
 * home folder, found again (or cleaned up) after a crash.
 */
package io.kf5importer.database;
