package io.kf5importer.sandbox;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A comment on a ticket; a ticket's first comment is its description.
 *
 * @param publicComment KF5's {@code public}: false means only agents see it
 * @param attachmentIds the uploads bound to this comment
 */
public record TicketComment(long id, long authorId, String content, String htmlContent, boolean publicComment,
        LocalDateTime createdAt, List<Long> attachmentIds) {

    public TicketComment {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
