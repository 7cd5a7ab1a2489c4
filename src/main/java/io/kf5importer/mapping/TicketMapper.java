package io.kf5importer.mapping;

import io.kf5importer.kf5.CustomFieldValue;
import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;
import io.kf5importer.source.SourceRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns source rows into create-ticket requests as a mapping says. Every row is checked completely: a rejected row
 * comes back with all its problems at once. Thread-safe once built, when its lookups are.
 */
public final class TicketMapper {

    private final MappingConfig mapping;

    private final String sourceName;

    private final Path attachmentFolder;

    private final IdLookups lookups;

    private final BoundCustomFields customFields;

    private final TicketMarker marker;

    /** A mapper whose id fields accept numbers only and whose custom fields are named field_N. */
    public TicketMapper(MappingConfig mapping, Path sourceFile) {
        this(mapping, sourceFile, IdLookups.none());
    }

    /**
     * A mapper that turns names in id fields into ids with the lookups, and ties custom fields to the account's.
     *
     * @param sourceFile the export being mapped: names the rows of a mapping without a key column, and its folder is
     *         where a relative attachment folder starts
     * @throws MappingException when a custom field of the mapping is not a usable field of the account
     */
    public TicketMapper(MappingConfig mapping, Path sourceFile, IdLookups lookups) {
        this.mapping = mapping;
        this.sourceName = sourceFile.getFileName().toString();
        Path sourceFolder = sourceFile.toAbsolutePath().getParent();
        this.attachmentFolder = mapping.attachments() == null ? null
                : sourceFolder.resolve(mapping.attachments().folder()).normalize();
        this.lookups = lookups;
        try {
            this.customFields = mapping.ticket().customFields().bind(lookups.fields());
        } catch (InvalidSettingException e) {
            throw new MappingException(mapping.file(), e.getMessage(), e);
        }
        this.marker = boundMarker(mapping.marker());
    }

    /**
     * Maps any record: a readable row as {@link #map(SourceRow)}; a row the reader could not read comes back rejected
     * with the reader's reason, keyed by file and row number as its key cell could not be read.
     */
    public MappedRow map(SourceRecord record) {
        if (record instanceof SourceRow row) {
            return map(row);
        }
        UnreadableRow unreadable = (UnreadableRow) record;
        return MappedRow.rejected(unreadable.number(), fileKey(unreadable.number()),
                List.of(new RowProblem(unreadable.column(), unreadable.value(), unreadable.message())));
    }

    /** Maps one row; never throws for bad data, which comes back as problems. */
    public MappedRow map(SourceRow row) {
        RowReading reading = new RowReading(row);
        String key = key(reading);
        TicketRules.Ticket ticket = mapping.ticket().read(reading, key, lookups, customFields);
        List<AttachmentFile> files = attachmentFolder == null ? List.of()
                : mapping.attachments().read(reading, attachmentFolder);
        if (reading.hasProblems()) {
            return new MappedRow(row.number(), key, null, List.of(), reading.problems(), reading.warnings(), null,
                    reading.unchecked());
        }
        return new MappedRow(row.number(), key, marked(ticket.request(), key), files, List.of(), reading.warnings(),
                ticket.problemKey(), reading.unchecked());
    }

    /** The ticket with the marker that lets KF5 be searched for it by the row's key. */
    private TicketRequest marked(TicketRequest ticket, String key) {
        TicketRequest marked = ticket;
        if (marker.customField() != null) {
            marked = marked.withCustomField(new CustomFieldValue(marker.customField(), key));
        }
        if (marker.tagTemplate() != null) {
            marked = marked.withTag(marker.tag(key));
        }
        return marked;
    }

    /** The marker with its field's API name; without one (a label, offline) the field is left to the mapping. */
    private TicketMarker boundMarker(TicketMarker named) {
        if (named.customField() == null) {
            return named;
        }
        String apiName = customFields.apiNameOf(named.customField());
        if (apiName == null && MarkerSetting.isApiName(named.customField())) {
            apiName = named.customField();
        }
        return new TicketMarker(apiName, named.tagTemplate());
    }

    /** The folder attachment names are resolved in, or {@code null} when tickets take no attachments. */
    public Path attachmentFolder() {
        return attachmentFolder;
    }

    /**
     * The API name ({@code field_N}) of the custom field that receives the row key, to find a ticket again by it;
     * {@code null} when there is none, or when it is named by a label and the account was not asked.
     */
    public String markerField() {
        return marker.customField();
    }

    /** What every ticket carries to be found again by its row key, its field by API name ({@code field_N}). */
    public TicketMarker marker() {
        return marker;
    }

    /** What this mapper could not check because the KF5 account was not asked; empty when it was. */
    public List<String> uncheckedByDesign() {
        List<String> notes = new ArrayList<>(customFields.notes());
        if (lookups.isOffline()) {
            notes.add(0, "names in id fields (agents, groups, users, collaborators) were not looked up: that needs "
                    + "the KF5 account; such fields are left out of the request bodies here");
        }
        return notes;
    }

    private String fileKey(long rowNumber) {
        return sourceName + "#" + rowNumber;
    }

    /** The key column's value; a row whose key is empty is keyed by file and row number and is a problem. */
    private String key(RowReading row) {
        String fileKey = fileKey(row.number());
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
