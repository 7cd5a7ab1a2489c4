package io.kf5importer.mapping;

import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.source.SourceRow;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns source rows into create-ticket requests as a mapping says. Every row is checked completely: a rejected row
 * comes back with all its problems at once. Thread-safe once built.
 */
public final class TicketMapper {

    private final MappingConfig mapping;

    private final String sourceName;

    private final Path attachmentFolder;

    private final IdLookups lookups;

    /** A mapper whose id fields accept numbers only. */
    public TicketMapper(MappingConfig mapping, Path sourceFile) {
        this(mapping, sourceFile, IdLookups.none());
    }

    /**
     * A mapper that turns names in id fields into ids with the lookups.
     *
     * @param sourceFile the export being mapped: names the rows of a mapping without a key column, and its folder is
     *         where a relative attachment folder starts
     */
    public TicketMapper(MappingConfig mapping, Path sourceFile, IdLookups lookups) {
        this.mapping = mapping;
        this.sourceName = sourceFile.getFileName().toString();
        Path sourceFolder = sourceFile.toAbsolutePath().getParent();
        this.attachmentFolder = mapping.attachments() == null ? null
                : sourceFolder.resolve(mapping.attachments().folder()).normalize();
        this.lookups = lookups;
    }

    /** Maps one row; never throws for bad data, which comes back as problems. */
    public MappedRow map(SourceRow row) {
        RowReading reading = new RowReading(row);
        String key = key(reading);
        TicketRequest ticket = mapping.ticket().read(reading, lookups);
        List<AttachmentFile> files = attachmentFolder == null ? List.of()
                : mapping.attachments().read(reading, attachmentFolder);
        if (reading.hasProblems()) {
            return new MappedRow(row.number(), key, null, List.of(), reading.problems(), reading.warnings());
        }
        return new MappedRow(row.number(), key, ticket, files, List.of(), reading.warnings());
    }

    /** The folder attachment names are resolved in, or {@code null} when tickets take no attachments. */
    public Path attachmentFolder() {
        return attachmentFolder;
    }

    /** The key column's value; a row whose key is empty is keyed by file and row number and is a problem. */
    private String key(RowReading row) {
        String fileKey = sourceName + "#" + row.number();
        if (mapping.keyColumn() == null) {
            return fileKey;
        }
        String key = row.cell(mapping.keyColumn());
        if (key.isEmpty()) {
            row.problem(mapping.keyColumn(), null, "the key is empty; every row needs its own key so that a rerun "
                    + "can tell it was sent (fill the cell, or remove 'key' to key rows by file and row number)");
            return fileKey;
        }
        return key;
    }
}
