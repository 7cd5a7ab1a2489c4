package io.kf5importer.mapping;

import java.util.List;

/** Reads a text: one column, a template over several, or a constant; the {@code default} stands in for empty. */
final class TextRule {

    private final String column;

    private final Template template;

    private final String constant;

    private final String fallback;

    private TextRule(String column, Template template, String constant, String fallback) {
        this.column = column;
        this.template = template;
        this.constant = constant;
        this.fallback = fallback;
    }

    /** The rule, or {@code null} when the setting is absent. */
    static TextRule compile(MappingFile.Text text, String setting) {
        if (text == null) {
            return null;
        }
        Settings.exactlyOne(setting, "column", text.column(), "template", text.template(), "value", text.value());
        Template template = text.template() == null ? null : Template.parse(text.template(), setting + ".template");
        return new TextRule(Settings.column(text.column(), setting), template, text.value(), text.defaultValue());
    }

    static TextRule ofColumn(String column) {
        return new TextRule(column, null, null, null);
    }

    /** The text, stripped; empty when there is none and no default. */
    String read(RowReading row) {
        String text;
        if (constant != null) {
            text = constant.strip();
        } else if (template != null) {
            text = template.fill(row);
        } else {
            text = row.cell(column);
        }
        return text.isEmpty() && fallback != null ? fallback.strip() : text;
    }

    /** The column(s) a problem with the text is reported against, or {@code null} for a constant. */
    String column() {
        if (column != null) {
            return column;
        }
        return template == null || template.columns().isEmpty() ? null : String.join(", ", template.columns());
    }

    List<String> columns() {
        if (template != null) {
            return template.columns();
        }
        return column == null ? List.of() : List.of(column);
    }
}
