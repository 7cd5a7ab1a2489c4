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

    /**
     * The content escaped, each line break (CRLF, LF or a lone CR) one {@code <br>}. Every character that needs
     * anything is at most {@code '>'}, so most characters of a Chinese text are passed over with one comparison.
     */
    private static String fromPlainText(String content) {
        StringBuilder html = null;
        int plainFrom = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            String escaped = c > '>' ? null : escape(c);
            if (escaped != null) {
                if (html == null) {
                    html = new StringBuilder(content.length() + 16);
                }
                html.append(content, plainFrom, i).append(escaped);
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                plainFrom = i + 1;
            }
        }
        return html == null ? content : html.append(content, plainFrom, content.length()).toString();
    }

    /** The HTML for the character, or {@code null} when it stands for itself. */
    private static String escape(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '\n', '\r' -> "<br>";
            default -> null;
        };
    }
}
