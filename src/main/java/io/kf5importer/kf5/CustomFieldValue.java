package io.kf5importer.kf5;

/**
 * One entry of {@code custom_fields}: the field's API name ({@code field_123}) and its value, already converted for
 * the field's type (a string in most cases).
 */
public record CustomFieldValue(String name, Object value) {
}
