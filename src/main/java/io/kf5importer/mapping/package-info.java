/**
 * How a row becomes a ticket: the YAML mapping file, and the mapper that turns a source row into a KF5 create-ticket
 * request or into the list of everything wrong with it.
 */
package io.kf5importer.mapping;
