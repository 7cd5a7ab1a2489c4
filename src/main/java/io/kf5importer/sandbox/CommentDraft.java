package io.kf5importer.sandbox;

import java.util.List;

/** A comment as a request gives it, its upload tokens already checked (known and unbound). */
record CommentDraft(String content, String htmlContent, boolean publicComment, List<Attachment> uploads) {

    /** The text of the ticket's description: the content, else the HTML content. */
    String description() {
        return content != null && !content.isBlank() ? content : htmlContent;
    }
}
