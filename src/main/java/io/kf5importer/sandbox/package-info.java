/**
 * The sandbox: a local, in-memory, KF5-compatible apiv2 server to rehearse an import against and to test the client
 * with, including a rate limit and injected faults.
 */
package io.kf5importer.sandbox;
