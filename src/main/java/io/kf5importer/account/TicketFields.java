package io.kf5importer.account;

import io.kf5importer.mapping.TicketFieldInfo;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The account's ticket fields, from {@code ticket_fields.json}, found by API name or label. */
final class TicketFields {

    private final List<TicketFieldInfo> fields;

    private TicketFields(List<TicketFieldInfo> fields) {
        this.fields = fields;
    }

    static TicketFields of(List<JsonNode> json) {
        List<TicketFieldInfo> fields = new ArrayList<>();
        for (JsonNode field : json) {
            String name = field.path("name").asString("");
            if (name.isEmpty()) {
                name = "field_" + field.path("id").asLong();
            }
            fields.add(new TicketFieldInfo(name, field.path("agent_title").asString(""),
                    field.path("type").asString(""), options(field), field.path("active").asBoolean(true)));
        }
        return new TicketFields(List.copyOf(fields));
    }

    /** The field with this API name, else the one labelled so (ignoring case); an ambiguous label finds none. */
    Optional<TicketFieldInfo> field(String nameOrLabel) {
        String wanted = nameOrLabel.strip();
        Optional<TicketFieldInfo> byName = fields.stream().filter(field -> field.name().equals(wanted)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        List<TicketFieldInfo> byLabel = fields.stream()
                .filter(field -> DirectoryUser.same(field.label(), wanted))
                .toList();
        return byLabel.size() == 1 ? Optional.of(byLabel.get(0)) : Optional.empty();
    }

    /** Every label and API name, for suggestions. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        fields.forEach(field -> names.add(field.label()));
        fields.forEach(field -> names.add(field.name()));
        return names;
    }

    /**
     * The option values of a {@code dropdownlist} ({@code [{"key", "value"}]}); other kinds of options (such as the
     * object of a {@code multi_options} field) give none.
     */
    private static List<String> options(JsonNode field) {
        List<String> options = new ArrayList<>();
        JsonNode json = field.path("custom_field_options");
        if (json.isArray()) {
            json.forEach(option -> options.add(option.path("value").asString(option.path("key").asString(""))));
        }
        return options;
    }
}
