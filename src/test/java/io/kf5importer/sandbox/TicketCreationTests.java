package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.kf5importer.sandbox.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class TicketCreationTests {

    private SandboxServer sandbox;
    private SandboxClient client;

    @BeforeEach
    void startSandbox() throws IOException {
        sandbox = TestSandbox.start();
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void minimalTicketIsCreatedWithItsLocationAndReadModel() throws IOException {
        String body = "{\"ticket\": {\"title\": \"the title\", \"comment\": {\"content\": \"the content\"}}}";

        Reply reply = client.post("/apiv2/tickets.json", body);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo(sandbox.url() + "/apiv2/tickets/1001.json");
        JsonNode ticket = reply.ticket();
        assertThat(ticket.get("id").asLong()).isEqualTo(1001);
        assertThat(ticket.get("url").asString()).isEqualTo(sandbox.url() + "/apiv2/tickets/1001.json");
        assertThat(ticket.get("title").asString()).isEqualTo("the title");
        assertThat(ticket.get("description").asString()).isEqualTo("the content");
        assertThat(ticket.get("status").asString()).isEqualTo("new");
        assertThat(ticket.get("requester_id").asLong()).isEqualTo(TestSandbox.ADMIN);
        assertThat(ticket.get("source").asString()).isEqualTo("api");
        assertThat(ticket.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(ticket.get("updated_at").asString()).isEqualTo(ticket.get("created_at").asString());
        assertThat(ticket.get("type").isNull()).isTrue();
        assertThat(ticket.get("tags")).isEmpty();
        assertThat(ticket.get("custom_fields")).isEmpty();
    }

    @Test
    void ticketIdsIncreaseFromTheFirstTicketId() throws IOException {
        client.createTicket("");

        Reply second = client.createTicket("");

        assertThat(second.ticket().get("id").asLong()).isEqualTo(1002);
        assertThat(sandbox.state().ticketCount()).isEqualTo(2);
    }

    @Test
    void ticketsCreatedAtOnceGetDistinctIds() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Long>> creates = Collections.nCopies(40,
                () -> client.createTicket("").ticket().get("id").asLong());

        List<Long> ids = new ArrayList<>();
        for (Future<Long> id : threads.invokeAll(creates)) {
            ids.add(id.get());
        }
        threads.shutdown();

        assertThat(ids).doesNotHaveDuplicates().hasSize(40);
        assertThat(sandbox.state().ticketCount()).isEqualTo(40);
    }

    @Test
    void everyFieldGivenIsKeptAndUnknownMembersAreIgnored() throws IOException {
        String members = """
                "assignee_id": 2, "group_id": 11, "type": "question", "status": "open", "priority": "high",
                "tags": ["迁移", "vip", "vip"], "collaborator_ids": ["3", 2], "template_id": 77, "colour": "blue",
                "custom_fields": [
                  {"name": "field_201", "value": "SRC-0001"}, {"name": "field_202", "value": "呼叫中心"},
                  {"name": "field_203", "value": "2024-02-29"}, {"name": "field_204", "value": 12},
                  {"name": "field_205", "value": "99.50"}]""";

        Reply reply = client.createTicket(members);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode ticket = reply.ticket();
        assertThat(ticket.get("assignee_id").asLong()).isEqualTo(TestSandbox.AGENT);
        assertThat(ticket.get("group_id").asLong()).isEqualTo(TestSandbox.GROUP);
        assertThat(ticket.get("type").asString()).isEqualTo("question");
        assertThat(ticket.get("status").asString()).isEqualTo("open");
        assertThat(ticket.get("priority").asString()).isEqualTo("high");
        assertThat(ticket.get("tags").toString()).isEqualTo("[\"迁移\",\"vip\"]");
        assertThat(ticket.get("collaborator_ids").toString()).isEqualTo("[3,2]");
        assertThat(ticket.get("custom_fields").toString()).isEqualTo(
                "[{\"name\":\"field_201\",\"value\":\"SRC-0001\"},{\"name\":\"field_202\",\"value\":\"呼叫中心\"},"
                + "{\"name\":\"field_203\",\"value\":\"2024-02-29\"},{\"name\":\"field_204\",\"value\":12},"
                + "{\"name\":\"field_205\",\"value\":\"99.50\"}]");
        assertThat(sandbox.state().ticket(1001).orElseThrow().customFieldValue("field_201")).contains("SRC-0001");
    }

    @Test
    void htmlContentAloneDescribesTheTicket() throws IOException {
        String body = "{\"ticket\": {\"title\": \"t\", \"comment\": {\"html_content\": \"<p>屏幕闪烁</p>\"}}}";

        Reply reply = client.post("/apiv2/tickets.json", body);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.ticket().get("description").asString()).isEqualTo("<p>屏幕闪烁</p>");
    }

    @Nested
    class BodyAndRequiredMembers {

        @Test
        void bodyThatIsNotJsonIsA400() throws IOException {
            Reply reply = client.post("/apiv2/tickets.json", "{\"ticket\": {\"title\": ");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body().get("error").asString()).isEqualTo("malformed_json");
            assertThat(sandbox.state().ticketCount()).isZero();
        }

        @Test
        void bodyWithoutTheTicketWrapperNamesTicket() throws IOException {
            Reply reply = client.post("/apiv2/tickets.json", "{\"title\": \"t\", \"comment\": {\"content\": \"c\"}}");

            assertRefused(reply, "ticket", "{\"ticket\": {...}}");
        }

        @Test
        void ticketWithoutTitleIsRefused() throws IOException {
            Reply reply = client.post("/apiv2/tickets.json", "{\"ticket\": {\"comment\": {\"content\": \"c\"}}}");

            assertRefused(reply, "ticket.title", "title is required");
        }

        @Test
        void blankTitleIsRefused() throws IOException {
            String body = "{\"ticket\": {\"title\": \"  \", \"comment\": {\"content\": \"c\"}}}";

            Reply reply = client.post("/apiv2/tickets.json", body);

            assertRefused(reply, "ticket.title", "must not be blank");
        }

        @Test
        void ticketWithoutCommentIsRefused() throws IOException {
            Reply reply = client.post("/apiv2/tickets.json", "{\"ticket\": {\"title\": \"t\"}}");

            assertRefused(reply, "ticket.comment", "comment is required");
        }

        @Test
        void commentWithoutContentIsRefused() throws IOException {
            String body = "{\"ticket\": {\"title\": \"t\", \"comment\": {\"public\": true}}}";

            Reply reply = client.post("/apiv2/tickets.json", body);

            assertRefused(reply, "ticket.comment.content", "content is required");
            assertThat(sandbox.state().ticketCount()).isZero();
        }
    }

    @Nested
    class Enumerations {

        @ParameterizedTest
        @CsvSource({
                "type, bug, 'type must be one of problem, incident, question, task, got ''bug'''",
                "status, closedd, 'status must be one of new, open, pending, solved, closed, got ''closedd'''",
                "priority, p1, 'priority must be one of low, medium, high, urgent, got ''p1'''"})
        void valueOutsideTheListIsRefusedNamingTheChoices(String member, String value, String message)
                throws IOException {
            Reply reply = client.createTicket("\"" + member + "\": \"" + value + "\"");

            assertRefused(reply, "ticket." + member, message);
            assertThat(reply.body().get("message").asString()).isEqualTo(message);
        }
    }

    @Nested
    class PeopleAndGroups {

        @Test
        void unknownRequesterIdIsRefused() throws IOException {
            assertRefused(client.createTicket("\"requester_id\": 999"), "ticket.requester_id", "999 names no user");
        }

        @Test
        void endUserCannotBeTheAssignee() throws IOException {
            assertRefused(client.createTicket("\"assignee_id\": 3"), "ticket.assignee_id", "only an agent or admin");
        }

        @Test
        void unknownGroupIsRefused() throws IOException {
            assertRefused(client.createTicket("\"group_id\": 12"), "ticket.group_id", "names no group");
        }

        @Test
        void unknownCollaboratorIsRefused() throws IOException {
            assertRefused(client.createTicket("\"collaborator_ids\": [2, \"404\"]"), "ticket.collaborator_ids",
                    "lists 404");
        }

        @Test
        void idThatIsNotANumberIsRefused() throws IOException {
            assertRefused(client.createTicket("\"group_id\": \"一线支持\""), "ticket.group_id", "expected an id");
        }

        @Test
        void idsAsStringsOfDigitsAreAccepted() throws IOException {
            String members = "\"assignee_id\": \"2\", \"group_id\": \"11\", \"requester_id\": \"3\"";

            Reply reply = client.createTicket(members);

            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.ticket().get("requester_id").asLong()).isEqualTo(TestSandbox.END_USER);
        }
    }

    @Nested
    class Tags {

        @Test
        void tagsMustBeStrings() throws IOException {
            assertRefused(client.createTicket("\"tags\": [\"ok\", 7]"), "ticket.tags[1]", "must hold strings");
        }
    }
}
