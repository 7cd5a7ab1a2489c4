/**
 * How it starts: the {@code kf5-import} command line (picocli), its subcommands, exit codes and printed summaries.
 */
package io.kf5importer.cli;
