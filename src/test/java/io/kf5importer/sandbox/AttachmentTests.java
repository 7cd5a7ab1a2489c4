package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static io.kf5importer.sandbox.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTests {

    private SandboxServer sandbox;
    private SandboxClient client;

    @BeforeEach
    void startSandbox() throws IOException {
        sandbox = SandboxServer.start(TestSandbox.settings().withMaxAttachmentBytes(1024));
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void uploadAnswersTheAttachmentWithItsToken() throws IOException, NoSuchAlgorithmException {
        byte[] content = "PNG pretend".getBytes(StandardCharsets.UTF_8);

        Reply reply = client.upload("screen.png", content);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode attachment = reply.body().get("attachment");
        assertThat(reply.header("Location")).isEqualTo(sandbox.url() + "/apiv2/attachments/1.json");
        assertThat(attachment.get("id").asLong()).isEqualTo(1);
        assertThat(attachment.get("name").asString()).isEqualTo("screen.png");
        assertThat(attachment.get("size").asLong()).isEqualTo(content.length);
        assertThat(attachment.get("content_type").asString()).isEqualTo("image/png");
        assertThat(attachment.get("token").asString()).matches("[0-9a-f]{32}");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(sandbox.state().attachments()).singleElement()
                .satisfies(kept -> assertThat(kept.sha256()).isEqualTo(sha256))
                .satisfies(kept -> assertThat(kept.isBound()).isFalse());
    }

    @Test
    void uploadWithoutFilenameIsRefused() throws IOException {
        Reply reply = client.post("/apiv2/attachments.json", "{}");

        assertRefused(reply, "filename", "filename is required");
    }

    @Test
    void uploadOverTheLimitIsA413AndKeepsNothing() throws IOException {
        Reply reply = client.upload("big.bin", new byte[2048]);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().get("error").asString()).isEqualTo("payload_too_large");
        assertThat(sandbox.state().attachments()).isEmpty();
    }

    @Test
    void tokensGivenAsAnArrayBindToTheFirstComment() throws IOException {
        String first = client.uploadedToken("a.txt");
        String second = client.uploadedToken("b.txt");

        Reply reply = client.createTicket("\"comment\": {\"content\": \"见附件\", \"uploads\": [\"" + first + "\", \""
                + second + "\"]}");

        assertThat(reply.status()).isEqualTo(201);
        Ticket ticket = sandbox.state().ticket(1001).orElseThrow();
        assertThat(ticket.comments().get(0).attachmentIds()).containsExactly(1L, 2L);
        assertThat(sandbox.state().attachments()).allSatisfy(attachment -> {
            assertThat(attachment.ticketId()).isEqualTo(1001);
            assertThat(attachment.commentId()).isEqualTo(ticket.comments().get(0).id());
        });
        JsonNode comments = client.get("/apiv2/tickets/1001/comments.json").body().get("comments");
        assertThat(comments.get(0).get("attachments").get(1).get("name").asString()).isEqualTo("b.txt");
    }

    @Test
    void tokenGivenAsAnObjectBindsToo() throws IOException {
        String token = client.uploadedToken("a.txt");

        Reply reply = client.createTicket("\"comment\": {\"content\": \"c\", \"uploads\": {\"token\": \"" + token
                + "\"}}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(sandbox.state().attachments().get(0).ticketId()).isEqualTo(1001);
    }

    @Test
    void tokenAlreadyBoundIsRefused() throws IOException {
        String token = client.uploadedToken("a.txt");
        client.createTicket("\"comment\": {\"content\": \"c\", \"uploads\": [\"" + token + "\"]}");

        Reply reply = client.createTicket("\"comment\": {\"content\": \"c\", \"uploads\": [\"" + token + "\"]}");

        assertRefused(reply, "ticket.comment.uploads[0]", "is already bound to ticket 1001");
        assertThat(sandbox.state().ticketCount()).isEqualTo(1);
    }

    @Test
    void tokenListedTwiceIsRefusedAndStaysUnbound() throws IOException {
        String token = client.uploadedToken("a.txt");

        Reply reply = client.createTicket("\"comment\": {\"content\": \"c\", \"uploads\": [\"" + token + "\", \""
                + token + "\"]}");

        assertRefused(reply, "ticket.comment.uploads[1]", "already bound to this comment");
        assertThat(sandbox.state().attachments().get(0).isBound()).isFalse();
    }

    @Test
    void unknownTokenIsRefused() throws IOException {
        Reply reply = client.createTicket("\"comment\": {\"content\": \"c\", \"uploads\": {\"token\": \"feed\"}}");

        assertRefused(reply, "ticket.comment.uploads.token", "attachment token 'feed' is unknown");
    }
}
