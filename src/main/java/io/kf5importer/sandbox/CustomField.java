package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

/** A ticket's value for one custom field, {@code field_<id>}, kept as the client sent it (a string or a number). */
public record CustomField(String name, JsonNode value) {
}
