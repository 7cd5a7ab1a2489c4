package io.kf5importer.mapping;

import io.kf5importer.source.SourceRow;

import java.nio.file.Path;

/** Turns source rows into create-ticket requests as a mapping says. Thread-safe once built. */
public final class TicketMapper {

    public TicketMapper(MappingConfig mapping, Path sourceFile) {
        throw new UnsupportedOperationException("the mapping is being built on branch 'mapping'");
    }

    /** Maps one row; never throws for bad data, which comes back as problems. */
    public MappedRow map(SourceRow row) {
        throw new UnsupportedOperationException();
    }
}
