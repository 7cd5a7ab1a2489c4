package io.kf5importer.mapping;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One entry of {@code ticket.custom_fields}, compiled but not yet tied to the account: the field as the mapping names
 * it ({@code field_201}, or a label such as {@code 产品线}), where its text comes from, and the value map. Immutable.
 */
final class CustomFieldRule {

    private static final Pattern API_NAME = Pattern.compile("field_[1-9]\\d*");

    private final String key;

    private final String setting;

    private final TextRule text;

    private final Map<String, String> map;

    private final MappingFile.CustomField source;

    private final DueDateRule dates;

    private CustomFieldRule(String key, String setting, TextRule text, Map<String, String> map,
            MappingFile.CustomField source, ZoneId kf5Zone) {
        this.key = key;
        this.setting = setting;
        this.text = text;
        this.map = map;
        this.source = source;
        this.dates = DueDateRule.forCustomField(setting, text.column(), source.format(), source.zone(), kf5Zone);
    }

    static CustomFieldRule compile(String key, MappingFile.CustomField field, ZoneId kf5Zone) {
        String setting = "ticket.custom_fields." + key;
        if (key.isBlank()) {
            throw new InvalidSettingException(setting, "has no field name; expected field_<id> or the field's label");
        }
        if (field == null) {
            throw new InvalidSettingException(setting, "is empty; expected { column: ... } or { value: ... }");
        }
        TextRule text = TextRule.compile(new MappingFile.Text(field.column(), field.template(), field.value(),
                field.defaultValue()), setting);
        return new CustomFieldRule(key.strip(), setting, text, compileMap(field.map(), setting), field, kf5Zone);
    }

    /** The field as the mapping names it. */
    String key() {
        return key;
    }

    String setting() {
        return setting;
    }

    /** Whether the mapping names the field by its API name {@code field_N}, which needs no account to resolve. */
    boolean isApiName() {
        return API_NAME.matcher(key).matches();
    }

    /** Whether the field takes the key column exactly as it is (the reconciliation marker). */
    boolean copiesColumn(String column) {
        return column != null && column.equals(source.column()) && source.template() == null
                && source.value() == null && map.isEmpty();
    }

    /** The mapped text, stripped; empty when the field is to be left out. */
    String read(RowReading row) {
        String value = text.read(row);
        if (map.isEmpty()) {
            return value;
        }
        String mapped = map.get(value.toLowerCase(Locale.ROOT));
        return mapped != null ? mapped : value;
    }

    /** The column(s) a problem with the value is reported against, or {@code null} for a constant. */
    String reportColumn() {
        return text.column();
    }

    List<String> columns() {
        return text.columns();
    }

    /** The reader of the field's text as a date, for a field of type {@code date}. */
    DueDateRule dates() {
        return dates;
    }

    private static Map<String, String> compileMap(Map<String, String> map, String setting) {
        Map<String, String> compiled = new LinkedHashMap<>();
        if (map == null) {
            return compiled;
        }
        map.forEach((from, to) -> {
            String key = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
            if (compiled.put(key, to == null ? "" : to.strip()) != null) {
                throw new InvalidSettingException(setting + ".map." + from, "maps a value already mapped (case and "
                        + "blanks are ignored when matching)");
            }
        });
        return compiled;
    }
}
