package io.kf5importer.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * A custom ticket field of the sandbox directory.
 *
 * @param type one of {@code text}, {@code textarea}, {@code dropdownlist}, {@code date}, {@code number},
 *        {@code decimal}; any other type accepts any scalar value
 * @param active shown as {@code active}, true when a seed leaves it out; the sandbox accepts values for inactive
 *        fields too
 * @param customFieldOptions the options of a {@code dropdownlist}, empty for other types
 */
public record TicketField(long id, String type, String agentTitle, Boolean active,
        List<FieldOption> customFieldOptions) {

    public TicketField {
        active = active == null || active;
        customFieldOptions = customFieldOptions == null ? List.of() : List.copyOf(customFieldOptions);
    }

    /** The API name, {@code field_<id>}, used in a ticket's {@code custom_fields}. */
    @JsonIgnore
    public String apiName() {
        return "field_" + id;
    }
}
