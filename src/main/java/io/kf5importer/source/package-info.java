/**
 * Where rows come from: readers that turn a CSV or Excel export into header-addressed rows, numbered as a person
 * sees them in the file.
 */
package io.kf5importer.source;
