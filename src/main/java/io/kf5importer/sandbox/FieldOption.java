package io.kf5importer.sandbox;

/** One option of a {@code dropdownlist} ticket field; tickets carry its {@code value}. */
public record FieldOption(String key, String value) {
}
