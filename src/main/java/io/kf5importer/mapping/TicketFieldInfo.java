package io.kf5importer.mapping;

import java.util.List;

/**
 * One ticket field of the KF5 account.
 *
 * @param name the API name, {@code field_<id>}, that {@code custom_fields} entries carry
 * @param label the title agents see ({@code agent_title})
 * @param type KF5's type, such as {@code text}, {@code textarea}, {@code dropdownlist}, {@code date},
 *        {@code number}, {@code decimal}
 * @param options the values a {@code dropdownlist} accepts (its options' {@code value}), else empty
 * @param active whether the field is in use
 */
public record TicketFieldInfo(String name, String label, String type, List<String> options, boolean active) {

    public TicketFieldInfo {
        options = List.copyOf(options);
    }

    /** "产品线 (field_202, dropdownlist)", for messages. */
    public String describe() {
        return label + " (" + name + ", " + type + ")";
    }
}
