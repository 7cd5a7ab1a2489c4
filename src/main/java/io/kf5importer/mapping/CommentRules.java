package io.kf5importer.mapping;

import io.kf5importer.kf5.Comment;

import java.util.ArrayList;
import java.util.List;

/** The compiled {@code ticket.comment:} block: the first comment's text, its HTML and whether customers see it. */
final class CommentRules {

    private final TextRule content;

    private final HtmlContentRule htmlContent;

    private final Boolean isPublic;

    CommentRules(MappingFile.CommentText comment) {
        if (comment == null || comment.content() == null) {
            throw new InvalidSettingException("ticket.comment.content", "is missing; every ticket needs its first "
                    + "comment, e.g. content: { column: 描述, default: \"(无描述)\" }");
        }
        this.content = TextRule.compile(comment.content(), "ticket.comment.content");
        this.htmlContent = HtmlContentRule.compile(comment.htmlContent());
        this.isPublic = comment.isPublic();
    }

    /** The comment; its content is empty (and a problem recorded) when the row has none. */
    Comment read(RowReading row) {
        String text = TicketRules.required(row, content, "comment content");
        String html = htmlContent == null ? null : htmlContent.read(row, text);
        return new Comment(text, html, isPublic, null);
    }

    List<String> columns() {
        List<String> columns = new ArrayList<>(content.columns());
        columns.addAll(htmlContent == null ? List.of() : htmlContent.columns());
        return columns;
    }
}
