package io.kf5importer.mapping;

import java.util.List;

/**
 * Reads the comment's {@code html_content}: a column or template holding HTML as is, or the plain content made into
 * HTML ({@code from_content: true}): special characters escaped, each line break turned into {@code <br>}.
 */
final class HtmlContentRule {

    private final TextRule html;

    private HtmlContentRule(TextRule html) {
        this.html = html;
    }

    /** The rule, or {@code null} when the setting is absent. */
    static HtmlContentRule compile(MappingFile.HtmlContent setting) {
        if (setting == null) {
            return null;
        }
        String name = "ticket.comment.html_content";
        Boolean fromContent = Boolean.TRUE.equals(setting.fromContent()) ? true : null;
        Settings.exactlyOne(name, "column", setting.column(), "template", setting.template(), "from_content",
                fromContent);
        if (fromContent != null) {
            return new HtmlContentRule(null);
        }
        return new HtmlContentRule(TextRule.compile(new MappingFile.Text(setting.column(), setting.template(), null,
                null), name));
    }

    /** The HTML, or {@code null} when there is none. */
    String read(RowReading row, String content) {
        String text = html == null ? fromPlainText(content) : html.read(row);
        return text.isEmpty() ? null : text;
    }

    List<String> columns() {
        return html == null ? List.of() : html.columns();
    }

    private static String fromPlainText(String content) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder html = new StringBuilder(text.length() + 16);
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = escape(text.charAt(i));
            if (escaped != null) {
                html.append(text, plainFrom, i).append(escaped);
                plainFrom = i + 1;
            }
        }
        return html.append(text, plainFrom, text.length()).toString();
    }

    /** The HTML for the character, or {@code null} when it stands for itself. */
    private static String escape(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\n' -> "<br>";
            default -> null;
        };
    }
}
