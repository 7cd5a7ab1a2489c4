package io.kf5importer.mapping;

import io.kf5importer.kf5.CustomFieldValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The custom fields of a mapping tied to the account: each entry's API name and, when the account was asked, its
 * type, so that a row's values are checked and converted. Immutable.
 */
final class BoundCustomFields {

    /**
     * One entry.
     *
     * @param apiName {@code field_N}, or {@code null} for a label that could not be resolved (offline)
     * @param field the account's field, or {@code null} when not known (the value is sent as text)
     */
    record Field(CustomFieldRule rule, String apiName, TicketFieldInfo field) {
    }

    private final List<Field> fields;

    private final List<String> notes;

    BoundCustomFields(List<Field> fields, List<String> notes) {
        this.fields = List.copyOf(fields);
        this.notes = List.copyOf(notes);
    }

    /** The row's values, converted; {@code null} when none. A value that does not fit is a problem of the row. */
    List<CustomFieldValue> read(RowReading row) {
        List<CustomFieldValue> values = new ArrayList<>();
        for (Field entry : fields) {
            String text = entry.rule().read(row);
            if (text.isEmpty()) {
                continue;
            }
            if (entry.apiName() == null) {
                row.unchecked("custom field '" + entry.rule().key() + "' = '" + text + "': named by its label, "
                        + "found in the KF5 account");
                continue;
            }
            Object value = entry.field() == null ? text
                    : CustomFieldValues.convert(row, entry.rule(), entry.field(), text);
            if (value != null) {
                values.add(new CustomFieldValue(entry.apiName(), value));
            }
        }
        return values.isEmpty() ? null : values;
    }

    /** The API name of the entry the mapping names {@code key}, or {@code null} (none, or a label not resolved). */
    String apiNameOf(String key) {
        return fields.stream().filter(entry -> entry.rule().key().equals(key)).findFirst().map(Field::apiName)
                .orElse(null);
    }

    /** What could not be checked without the account, once for the whole mapping. */
    List<String> notes() {
        return notes;
    }
}
