package io.kf5importer.mapping;

import java.util.ArrayList;
import java.util.List;

/** Checks shared by the rules while they compile their settings; each failure names the setting. */
final class Settings {

    private Settings() {
    }

    /**
     * Requires exactly one of the alternatives to be set.
     *
     * @param namesAndValues pairs of a setting name and its value, e.g. {@code "column", column, "value", value}
     */
    static void exactlyOne(String setting, Object... namesAndValues) {
        List<String> names = new ArrayList<>();
        List<String> set = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            names.add((String) namesAndValues[i]);
            if (namesAndValues[i + 1] != null) {
                set.add((String) namesAndValues[i]);
            }
        }
        if (set.size() != 1) {
            String found = set.isEmpty() ? "says where to read nothing" : "sets " + String.join(" and ", set);
            throw new InvalidSettingException(setting, found + "; give exactly one of " + String.join(", ", names));
        }
    }

    /** The column name, or {@code null} when not set; a blank one is refused. */
    static String column(String column, String setting) {
        if (column != null && column.isBlank()) {
            throw new InvalidSettingException(setting + ".column", "is blank; expected a header name or a "
                    + "position such as #3");
        }
        return column;
    }
}
