package io.kf5importer.mapping;

import io.kf5importer.source.SourceHeader;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A mapping file, loaded and checked: which column keys a row, where attachments are, and one rule per ticket field.
 * Immutable and thread-safe. The file format is described in {@code config/mapping.yml}.
 */
public final class MappingConfig {

    private final Path file;

    private final String keyColumn;

    private final TicketRules ticket;

    private final AttachmentRule attachments;

    private final TicketMarker marker;

    private MappingConfig(Path file, MappingFile mapping) {
        this.file = file;
        this.keyColumn = Settings.column(mapping.key(), "key");
        ZoneId kf5Zone = DueDateRule.zone(mapping.kf5Zone(), "kf5_zone");
        this.ticket = new TicketRules(mapping.ticket(), kf5Zone);
        this.marker = MarkerSetting.compile(mapping.marker(), keyColumn, ticket.customFields());
        this.attachments = AttachmentRule.compile(mapping.attachments(),
                mapping.ticket() == null ? null : mapping.ticket().attachments());
    }

    /**
     * Loads and checks a mapping file.
     *
     * @throws MappingException naming the file, the setting and what was expected
     */
    public static MappingConfig load(Path file) {
        MappingFile mapping = MappingFileReader.read(file);
        try {
            return new MappingConfig(file, mapping);
        } catch (InvalidSettingException e) {
            throw new MappingException(file, e.getMessage(), e);
        }
    }

    /** The file this mapping was loaded from. */
    public Path file() {
        return file;
    }

    /** The source column whose value identifies a row across runs, or {@code null} for file name + row number. */
    public String keyColumn() {
        return keyColumn;
    }

    /** Every source column the mapping reads (key, fields, template placeholders), in mapping order. */
    public List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        if (keyColumn != null) {
            columns.add(keyColumn);
        }
        columns.addAll(ticket.columns());
        if (attachments != null) {
            columns.addAll(attachments.columns());
        }
        return List.copyOf(columns);
    }

    /**
     * The columns the mapping reads that the header lacks, so that a run can refuse to start rather than reject
     * every row. Empty when the source fits the mapping.
     */
    public List<String> missingColumns(SourceHeader header) {
        List<String> missing = new ArrayList<>();
        for (String column : columns()) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    /**
     * What every ticket carries to be found again by its row key: the {@code marker} setting, or without one the
     * custom field mapped straight from the key column; {@link TicketMarker#NONE} when there is neither. Its field is
     * named as the mapping names it ({@code field_N}, or a label); {@link TicketMapper#marker()} gives the API name.
     */
    public TicketMarker marker() {
        return marker;
    }

    /**
     * The custom field that receives the row key, so that a ticket can be found again by it, as the mapping names it
     * ({@code field_N} or a label; {@link TicketMapper#markerField()} gives its API name); {@code null} when there is
     * none.
     */
    public String markerField() {
        return marker.customField();
    }

    TicketRules ticket() {
        return ticket;
    }

    /** The attachment rule, or {@code null} when tickets take no attachments. */
    AttachmentRule attachments() {
        return attachments;
    }
}
