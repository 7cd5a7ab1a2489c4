package io.kf5importer.mapping;

import java.nio.file.Path;

/**
 * A file to upload and attach to a ticket's first comment.
 *
 * @param name the file name sent to KF5
 * @param path where it is, inside the mapping's attachment folder
 */
public record AttachmentFile(String name, Path path) {
}
