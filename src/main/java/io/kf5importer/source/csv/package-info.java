/**
 * Reads CSV exports as helpdesks and Excel really write them: detected encoding and delimiter, RFC 4180 quoting, rows
 * numbered by the line a person sees in a text editor.
 */
package io.kf5importer.source.csv;
