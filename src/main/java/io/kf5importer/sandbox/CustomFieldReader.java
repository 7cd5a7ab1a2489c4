package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a ticket's {@code custom_fields}, {@code [{"name": "field_<id>", "value": ...}]}, and checks each value
 * against its field's type:
 * <ul>
 * <li>{@code text}, {@code textarea}: a string;</li>
 * <li>{@code dropdownlist}: the {@code value} of one of its options;</li>
 * <li>{@code date}: a string {@code yyyy-MM-dd};</li>
 * <li>{@code number}: a whole number, as a JSON number or a string of digits;</li>
 * <li>{@code decimal}: a number, as a JSON number or a string such as {@code 12.50};</li>
 * <li>any other type: any single value.</li>
 * </ul>
 * A {@code null} value means "no value" (on update: remove it). When a field is named twice the last one wins.
 */
final class CustomFieldReader {

    static final String TEXT = "text";
    static final String TEXTAREA = "textarea";
    static final String DROPDOWNLIST = "dropdownlist";
    static final String DATE = "date";
    static final String NUMBER = "number";
    static final String DECIMAL = "decimal";

    private final Directory directory;

    CustomFieldReader(Directory directory) {
        this.directory = directory;
    }

    /** The values given, in order; an entry whose {@code value()} is null asks to remove that field's value. */
    List<CustomField> read(JsonNode array, String path) {
        Map<String, CustomField> values = new LinkedHashMap<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            CustomField value = entry(array.get(i), path + "[" + i + "]");
            values.remove(value.name());
            values.put(value.name(), value);
        }
        return array == null ? null : new ArrayList<>(values.values());
    }

    private CustomField entry(JsonNode entry, String path) {
        if (!entry.isObject()) {
            throw ApiError.invalidField(path, "custom_fields must hold {\"name\": \"field_<id>\", \"value\": ...},"
                    + " got " + BodyObject.shown(entry));
        }
        JsonNode name = entry.get("name");
        TicketField field = name == null || !name.isString() ? null : directory.field(name.stringValue()).orElse(null);
        if (field == null) {
            throw ApiError.invalidField(path + ".name", "unknown custom field " + BodyObject.shown(name)
                    + "; GET /apiv2/ticket_fields.json lists the field_<id> names");
        }
        JsonNode value = entry.get("value");
        if (value == null || value.isNull()) {
            return new CustomField(field.apiName(), null);
        }
        check(field, value, path + ".value");
        return new CustomField(field.apiName(), value);
    }

    private static void check(TicketField field, JsonNode value, String path) {
        String text = value.isString() ? value.stringValue() : null;
        switch (field.type()) {
            case TEXT, TEXTAREA -> require(text != null, field, value, path, "a string");
            case DROPDOWNLIST -> require(text != null && optionValues(field).contains(text), field, value, path,
                    "one of " + String.join(", ", optionValues(field)));
            case DATE -> require(text != null && ApiTimestamps.isDate(text), field, value, path, "a date yyyy-MM-dd");
            case NUMBER -> require(value.isIntegralNumber() || text != null && text.matches("-?\\d+"), field, value,
                    path, "a whole number");
            case DECIMAL -> require(value.isNumber() || text != null && text.matches("-?\\d+(\\.\\d+)?"), field,
                    value, path, "a number such as 12.50");
            default -> require(value.isValueNode(), field, value, path, "a single value");
        }
    }

    private static List<String> optionValues(TicketField field) {
        return field.customFieldOptions().stream().map(FieldOption::value).collect(Collectors.toList());
    }

    private static void require(boolean fits, TicketField field, JsonNode value, String path, String expected) {
        if (!fits) {
            throw ApiError.invalidField(path, field.apiName() + " (" + field.agentTitle() + ") is a " + field.type()
                    + "; its value must be " + expected + ", got " + BodyObject.shown(value));
        }
    }
}
