package io.kf5importer.mapping;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compiled {@code ticket.custom_fields} block, in mapping order. {@link #bind} ties each entry to a field of the
 * KF5 account, found by API name or label, so that its values can be checked for the field's type. Immutable.
 */
final class CustomFieldRules {

    private final List<CustomFieldRule> rules;

    private CustomFieldRules(List<CustomFieldRule> rules) {
        this.rules = rules;
    }

    static CustomFieldRules compile(Map<String, MappingFile.CustomField> settings, ZoneId kf5Zone) {
        List<CustomFieldRule> rules = new ArrayList<>();
        if (settings != null) {
            settings.forEach((key, setting) -> rules.add(CustomFieldRule.compile(key, setting, kf5Zone)));
        }
        return new CustomFieldRules(List.copyOf(rules));
    }

    List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        rules.forEach(rule -> columns.addAll(rule.columns()));
        return List.copyOf(columns);
    }

    /** The field (as the mapping names it) that takes the key column as it is, or {@code null}. */
    String markerKey(String keyColumn) {
        return rules.stream().filter(rule -> rule.copiesColumn(keyColumn)).map(CustomFieldRule::key).findFirst()
                .orElse(null);
    }

    /** Whether an entry named {@code key} fills its field from anything but the key column as it is. */
    boolean fillsOtherwise(String key, String keyColumn) {
        return rules.stream().anyMatch(rule -> rule.key().equals(key)
                && (keyColumn == null || !rule.copiesColumn(keyColumn)));
    }

    /**
     * Ties every entry to the account's field.
     *
     * @throws InvalidSettingException for a field the account does not have, an inactive one, two entries for one
     *         field, or a label that cannot be resolved without the account
     */
    BoundCustomFields bind(TicketFieldCatalog catalog) {
        List<BoundCustomFields.Field> bound = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> taken = new HashMap<>();
        for (CustomFieldRule rule : rules) {
            BoundCustomFields.Field field = bind(rule, catalog, notes);
            String previous = field.apiName() == null ? null : taken.put(field.apiName(), rule.key());
            if (previous != null) {
                throw new InvalidSettingException(rule.setting(), "names " + field.apiName() + ", which '" + previous
                        + "' names too; give each field once");
            }
            bound.add(field);
        }
        if (catalog == TicketFieldCatalog.OFFLINE && !rules.isEmpty()) {
            notes.add("custom field values were not checked against their fields' types (dropdown options, dates, "
                    + "numbers): that needs the KF5 account");
        }
        return new BoundCustomFields(bound, notes);
    }

    private static BoundCustomFields.Field bind(CustomFieldRule rule, TicketFieldCatalog catalog,
            List<String> notes) {
        if (catalog == TicketFieldCatalog.NONE || catalog == TicketFieldCatalog.OFFLINE) {
            if (rule.isApiName()) {
                return new BoundCustomFields.Field(rule, rule.key(), null);
            }
            if (catalog == TicketFieldCatalog.NONE) {
                throw new InvalidSettingException(rule.setting(), "names the field by its label; labels are found "
                        + "in the KF5 account's ticket fields, so check against the account (--url) or name it "
                        + "field_<id>");
            }
            notes.add("custom field '" + rule.key() + "' is named by its label: its field_<id> comes from the KF5 "
                    + "account, so it is left out of the request bodies here");
            return new BoundCustomFields.Field(rule, null, null);
        }
        TicketFieldInfo field = catalog.field(rule.key()).orElseThrow(() -> new InvalidSettingException(
                rule.setting(), "'" + rule.key() + "' is not a ticket field of the KF5 account"
                        + ClosestNames.suggestion(rule.key(), catalog.closest(rule.key()))
                        + " (GET /apiv2/ticket_fields.json lists them)"));
        if (!field.active()) {
            throw new InvalidSettingException(rule.setting(), "the field " + field.describe() + " is switched off "
                    + "in the KF5 account; switch it on or remove it from the mapping");
        }
        return new BoundCustomFields.Field(rule, field.name(), field);
    }
}
