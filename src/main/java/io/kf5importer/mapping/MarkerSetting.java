package io.kf5importer.mapping;

import java.util.regex.Pattern;

/**
 * Reads the {@code marker} setting. Without it the marker is the custom field mapped straight from the key column,
 * if any; with it, the named custom field receives the row's key (added to the ticket unless the mapping already
 * fills it from the key column) and/or the tag is added to the ticket's tags.
 */
final class MarkerSetting {

    private static final Pattern API_NAME = Pattern.compile("field_[1-9]\\d*");

    private MarkerSetting() {
    }

    static TicketMarker compile(MappingFile.Marker setting, String keyColumn, CustomFieldRules customFields) {
        if (setting == null) {
            return new TicketMarker(keyColumn == null ? null : customFields.markerKey(keyColumn), null);
        }
        if (setting.customField() == null && setting.tag() == null) {
            throw new InvalidSettingException("marker", "is empty; expected custom_field: field_<id> (a text custom"
                    + " field for the row's key) and/or tag: \"...{key}...\"");
        }
        return new TicketMarker(customField(setting.customField(), keyColumn, customFields), tag(setting.tag()));
    }

    /** Whether {@code name} is a custom field's API name, {@code field_<id>}. */
    static boolean isApiName(String name) {
        return API_NAME.matcher(name).matches();
    }

    private static String customField(String field, String keyColumn, CustomFieldRules customFields) {
        if (field == null) {
            return null;
        }
        if (!isApiName(field)) {
            throw new InvalidSettingException("marker.custom_field", "'" + field + "' is not a KF5 field name;"
                    + " expected the API name field_<id> of a text custom field, such as field_201"
                    + " (GET /apiv2/ticket_fields.json lists them)");
        }
        if (customFields.fillsOtherwise(field, keyColumn)) {
            throw new InvalidSettingException("marker.custom_field", field + " is also filled by ticket.custom_fields."
                    + field + " from something other than the key column; the marker field must hold the row's key"
                    + " alone: remove it from ticket.custom_fields or pick another field");
        }
        return field;
    }

    private static String tag(String tag) {
        if (tag == null) {
            return null;
        }
        if (!tag.contains(TicketMarker.KEY_PLACEHOLDER) || tag.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSettingException("marker.tag", "'" + tag + "' must contain " + TicketMarker.KEY_PLACEHOLDER
                    + " (the row's key) and no spaces, such as \"src-{key}\"");
        }
        return tag;
    }
}
