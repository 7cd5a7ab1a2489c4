package io.kf5importer.kf5;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A ticket's first comment. {@code uploads} holds attachment tokens from {@code POST /apiv2/attachments.json}; it
 * is sent as an array of tokens, the form the attachments page documents.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comment(
        String content,
        @JsonProperty("html_content") String htmlContent,
        @JsonProperty("public") Boolean isPublic,
        List<String> uploads) {

    public Comment withUploads(List<String> tokens) {
        return new Comment(content, htmlContent, isPublic, tokens == null || tokens.isEmpty() ? null : tokens);
    }
}
