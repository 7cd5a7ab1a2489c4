package io.kf5importer.cli;

import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.source.SourceReader;

import java.util.List;

/** Refuses a source that lacks a column the mapping reads, once and before any row, with what to do about it. */
final class ColumnCheck {

    private ColumnCheck() {
    }

    static void require(MappingConfig mapping, SourceReader reader) {
        List<String> missing = mapping.missingColumns(reader.header());
        if (missing.isEmpty()) {
            return;
        }
        throw new IllegalArgumentException(reader.description() + " has no column " + String.join(", ", missing)
                + " that " + mapping.file().getFileName() + " reads. The header it read is: "
                + String.join(" | ", reader.header().names()) + ". Fix the mapping, pick another --sheet, or give"
                + " --header-row N when the header is not the first non-empty row (a title row above it, say)");
    }
}
