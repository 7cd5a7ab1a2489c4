package io.kf5importer.sandbox;

import tools.jackson.databind.node.ObjectNode;

import java.net.URLConnection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@code POST /apiv2/attachments.json?filename=NAME} with the raw file as body, and
 * {@code GET /apiv2/attachments/{id}.json}. An upload answers 201 with the attachment's {@code token}, which a
 * ticket's comment binds through {@code comment.uploads}. The sandbox keeps the size and SHA-256, not the bytes.
 */
final class AttachmentEndpoints {

    private static final int TOKEN_BYTES = 16;

    private final SandboxState state;
    private final ApiViews views;
    private final long maxBytes;
    private final SecureRandom random = new SecureRandom();

    AttachmentEndpoints(SandboxState state, ApiViews views, long maxBytes) {
        this.state = state;
        this.views = views;
        this.maxBytes = maxBytes;
    }

    void addTo(Routes routes) {
        routes.add("POST", "/apiv2/attachments.json", this::upload)
                .add("GET", "/apiv2/attachments/{id}.json", this::show);
    }

    private ApiResponse upload(ApiRequest request) {
        String name = request.query("filename").orElseThrow(() -> ApiError.invalidField("filename",
                "filename is required in the URL: POST /apiv2/attachments.json?filename=report.pdf"));
        byte[] content = request.body(maxBytes);
        Attachment attachment = state.addAttachment(name, content.length, contentType(name), sha256(content),
                token());
        return ApiResponse.created(wrapped(attachment), views.attachmentUrl(attachment.id()));
    }

    private ApiResponse show(ApiRequest request) {
        Attachment attachment = state.attachment(request.pathId()).orElseThrow(() -> ApiError.notFound(
                "attachment " + request.pathId() + " does not exist"));
        return ApiResponse.ok(wrapped(attachment));
    }

    private ObjectNode wrapped(Attachment attachment) {
        ObjectNode json = views.object();
        json.set("attachment", views.attachment(attachment));
        return json;
    }

    /** Guessed from the name, as KF5's upload is sent as {@code application/binary} whatever the file. */
    private static String contentType(String name) {
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed != null ? guessed : "application/octet-stream";
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
