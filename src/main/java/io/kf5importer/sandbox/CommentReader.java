package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a {@code comment}: {@code content} or {@code html_content} (one is required), {@code public} (default true)
 * and {@code uploads}, which KF5's pages show both as an array of tokens and as {@code {"token": "..."}}; both are
 * accepted. Every token must be known and not yet bound to a comment.
 */
final class CommentReader {

    private final Function<String, Optional<Attachment>> attachmentsByToken;

    CommentReader(Function<String, Optional<Attachment>> attachmentsByToken) {
        this.attachmentsByToken = attachmentsByToken;
    }

    CommentDraft read(BodyObject comment) {
        String content = comment.text("content");
        String htmlContent = comment.text("html_content");
        if (isBlank(content) && isBlank(htmlContent)) {
            throw ApiError.invalidField(comment.path("content"),
                    "content is required (or html_content) and must not be blank");
        }
        Boolean isPublic = comment.bool("public");
        return new CommentDraft(content, htmlContent, isPublic == null || isPublic, uploads(comment));
    }

    private List<Attachment> uploads(BodyObject comment) {
        JsonNode uploads = comment.node("uploads");
        List<Attachment> attachments = new ArrayList<>();
        if (uploads == null) {
            return attachments;
        }
        if (uploads.isObject()) {
            BodyObject single = comment.object("uploads");
            attachments.add(attachment(single.requiredText("token"), single.path("token"), Set.of()));
            return attachments;
        }
        JsonNode tokens = comment.array("uploads");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String path = comment.path("uploads") + "[" + i + "]";
            if (!tokens.get(i).isString()) {
                throw ApiError.invalidField(path, "uploads must hold attachment tokens (strings), got "
                        + BodyObject.shown(tokens.get(i)));
            }
            attachments.add(attachment(tokens.get(i).stringValue(), path, seen));
            seen.add(tokens.get(i).stringValue());
        }
        return attachments;
    }

    private Attachment attachment(String token, String path, Set<String> seen) {
        Attachment attachment = attachmentsByToken.apply(token).orElseThrow(() -> ApiError.invalidField(path,
                "attachment token '" + token + "' is unknown; upload the file with POST /apiv2/attachments.json"));
        if (attachment.isBound() || seen.contains(token)) {
            String where = attachment.isBound() ? "ticket " + attachment.ticketId() : "this comment";
            throw ApiError.invalidField(path, "attachment token '" + token + "' is already bound to " + where
                    + "; a token binds once, so upload the file again");
        }
        return attachment;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
