package io.kf5importer.kf5;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Kf5ClientRequestTests {

    private final MockKf5 kf5 = new MockKf5();

    private final Kf5Client client = kf5.client();

    Kf5ClientRequestTests() throws IOException {
    }

    @AfterEach
    void stop() {
        kf5.close();
    }

    @Test
    void createTicketPostsTheTicketUnderTicketInKf5NamesWithoutNullFields() throws Exception {
        kf5.answer(MockKf5.json(201, "{\"ticket\": {\"id\": 123, \"title\": \"Printer on fire\"}}")
                .addHeader("Location", kf5.baseUrl() + "/apiv2/tickets/123.json"));
        TicketRequest ticket = new TicketRequest("Printer on fire", new Comment("It burns", null, true, null), null,
                Requester.of("Li Lei", "lilei@example.com", "13800000000"), 7L, 8L, "problem", "open", "high", null,
                "2024-05-01 10:00:00", List.of("import"), List.of(11L),
                List.of(new CustomFieldValue("field_123", "ORD-1")), null);

        CreatedTicket created = client.createTicket(ticket);

        RecordedRequest request = kf5.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/apiv2/tickets.json");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(MockKf5.tree(request.getBody().utf8())).isEqualTo(MockKf5.tree("""
                {"ticket": {
                  "title": "Printer on fire",
                  "comment": {"content": "It burns", "public": true},
                  "requester": {"name": "Li Lei", "email": "lilei@example.com", "phone": "13800000000"},
                  "assignee_id": 7, "group_id": 8, "type": "problem", "status": "open", "priority": "high",
                  "due_at": "2024-05-01 10:00:00", "tags": ["import"], "collaborator_ids": [11],
                  "custom_fields": [{"name": "field_123", "value": "ORD-1"}]
                }}"""));
        assertThat(created).isEqualTo(new CreatedTicket(123, kf5.baseUrl() + "/apiv2/tickets/123.json"));
    }

    @Test
    void requesterGivenByOneIdentityIsSentAsAStringAndUploadsAsAnArrayOfTokens() throws Exception {
        kf5.answer(200, "{\"ticket\": {\"id\": \"124\"}}");
        TicketRequest ticket = ticket("With files").withUploads(List.of("token-1", "token-2"));

        CreatedTicket created = client.createTicket(ticket);

        assertThat(MockKf5.tree(kf5.takeRequest().getBody().utf8())).isEqualTo(MockKf5.tree("""
                {"ticket": {"title": "With files", "requester": "028-1234569",
                  "comment": {"content": "see the files", "uploads": ["token-1", "token-2"]}}}"""));
        assertThat(created.id()).isEqualTo(124);
        assertThat(created.location()).isNull();
    }

    @Test
    void createdTicketIdIsTakenFromTheLocationWhenTheBodyLacksIt() {
        kf5.answer(MockKf5.json(201, "{\"ticket\": {}}").addHeader("Location", "/apiv2/tickets/987.json"));

        CreatedTicket created = client.createTicket(ticket("No id in the body"));

        assertThat(created.id()).isEqualTo(987);
    }

    @Test
    void everyRequestIsSignedWithTheEmailSlashTokenForm() throws Exception {
        kf5.answer(200, "{\"user\": {\"id\": 5, \"role\": \"admin\"}}");

        client.me();

        RecordedRequest request = kf5.takeRequest();
        String expected = "agent@acme.example/token:s3cr3t-test-token";
        assertThat(request.getHeaders().get("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(expected.getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getUrl().encodedPath()).isEqualTo("/apiv2/users/me.json");
    }

    @Test
    void passwordCredentialsAreSentAsEmailColonPassword() throws Exception {
        Kf5Client withPassword = kf5.client(Kf5Credentials.withPassword("agent@acme.example", "pässword"),
                MockKf5.SETTINGS);
        kf5.answer(200, "{\"user\": {\"id\": 5}}");

        withPassword.me();

        String expected = "agent@acme.example:pässword";
        assertThat(kf5.takeRequest().getHeaders().get("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(expected.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void uploadSendsTheRawBytesAsApplicationBinaryWithTheFileNameEncodedInTheUrl(@TempDir Path dir)
            throws Exception {
        Path file = Files.write(dir.resolve("scan.bin"), new byte[] {0, 1, 2, (byte) 0xff, '\n'});
        kf5.answer(201, """
                {"attachment": {"id": 7, "url": "x", "name": "报告 2024.pdf", "size": 5,
                  "content_url": "y", "token": "00154af5872418a7792dda"}}""");

        String token = client.uploadAttachment("报告 2024.pdf", file);

        RecordedRequest request = kf5.takeRequest();
        assertThat(token).isEqualTo("00154af5872418a7792dda");
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/apiv2/attachments.json");
        assertThat(request.getUrl().queryParameter("filename")).isEqualTo("报告 2024.pdf");
        assertThat(request.getTarget()).contains("filename=%E6%8A%A5%E5%91%8A%202024.pdf");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/binary");
        assertThat(request.getBody().toByteArray()).containsExactly(0, 1, 2, 0xff, '\n');
    }

    @Test
    void anAttachmentThatCannotBeReadIsRejectedWithoutARequest(@TempDir Path dir) {
        Path missing = dir.resolve("gone.pdf");

        Kf5RejectedException rejected = catchThrowableOfType(
                Kf5RejectedException.class, () -> client.uploadAttachment("gone.pdf", missing));

        assertThat(rejected.field()).isEqualTo("attachment");
        assertThat(rejected).hasMessageContaining(missing.toString());
        assertThat(kf5.server.getRequestCount()).isZero();
    }

    @Test
    void lookupsAskForTheirOwnPaths() throws Exception {
        kf5.answer(200, "{\"ticket\": {\"id\": 42}}");
        kf5.answer(200, "{\"ticket_fields\": [{\"id\": 1, \"name\": \"field_1\"}]}");
        kf5.answer(200, "{\"groups\": [{\"id\": 2, \"name\": \"二线\"}]}");
        kf5.answer(200, "{\"users\": [{\"id\": 3}]}");

        long ticketId = client.ticket(42).path("id").asLong();
        int fields = client.ticketFields().size();
        int groups = client.groups().size();
        int users = client.searchUsers("lilei@example.com").size();

        assertThat(List.of(ticketId, (long) fields, (long) groups, (long) users)).containsExactly(42L, 1L, 1L, 1L);
        assertThat(kf5.takeRequest().getTarget()).isEqualTo("/apiv2/tickets/42.json");
        assertThat(kf5.takeRequest().getTarget()).isEqualTo("/apiv2/ticket_fields.json");
        assertThat(kf5.takeRequest().getTarget()).isEqualTo("/apiv2/groups.json");
        RecordedRequest search = kf5.takeRequest();
        assertThat(search.getUrl().encodedPath()).isEqualTo("/apiv2/users/search.json");
        assertThat(search.getUrl().queryParameter("query")).isEqualTo("lilei@example.com");
    }

    @Test
    void updateTicketPutsTheTicketToItsOwnPath() throws Exception {
        kf5.answer(200, "{\"ticket\": {\"id\": 42, \"status\": \"solved\"}}");
        TicketRequest update = new TicketRequest(null, null, null, null, null, null, null, "solved", null, null,
                null, null, null, null, null);

        String status = client.updateTicket(42, update).path("status").asString();

        RecordedRequest request = kf5.takeRequest();
        assertThat(status).isEqualTo("solved");
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getTarget()).isEqualTo("/apiv2/tickets/42.json");
        assertThat(MockKf5.tree(request.getBody().utf8()))
                .isEqualTo(MockKf5.tree("{\"ticket\": {\"status\": \"solved\"}}"));
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsTolerated() throws Exception {
        Kf5Client slashed = kf5.clientOf(kf5.baseUrl() + "/", MockKf5.TOKEN, MockKf5.SETTINGS);
        kf5.answer(201, "{\"ticket\": {\"id\": 1}}");

        slashed.createTicket(ticket("Slash"));

        assertThat(kf5.takeRequest().getTarget()).isEqualTo("/apiv2/tickets.json");
    }

    @Test
    void statisticsCountRequestsByKind(@TempDir Path dir) throws Exception {
        kf5.answer(201, "{\"attachment\": {\"token\": \"t\"}}");
        kf5.answer(201, "{\"ticket\": {\"id\": 1}}");
        kf5.answer(200, "{\"user\": {\"id\": 1}}");

        client.uploadAttachment("a.txt", Files.writeString(dir.resolve("a.txt"), "a"));
        client.createTicket(ticket("Counted"));
        client.me();

        assertThat(client.statistics().requestsByKind()).containsEntry(RequestKind.ATTACHMENT_UPLOAD, 1L)
                .containsEntry(RequestKind.TICKET_CREATE, 1L).containsEntry(RequestKind.LOOKUP, 1L);
        assertThat(client.statistics().requests()).isEqualTo(3);
    }

    static TicketRequest ticket(String title) {
        return new TicketRequest(title, new Comment("see the files", null, null, null), null,
                Requester.of("028-1234569"), null, null, null, null, null, null, null, null, null, null, null);
    }
}
