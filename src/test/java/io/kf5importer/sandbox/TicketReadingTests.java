package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.kf5importer.sandbox.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TicketReadingTests {

    private SandboxServer sandbox;
    private SandboxClient client;

    @BeforeEach
    void startSandbox() throws IOException {
        SteppingClock clock = new SteppingClock(Instant.parse("2024-05-01T10:00:00Z"), Duration.ofMinutes(1));
        sandbox = SandboxServer.start(TestSandbox.settings().withClock(clock));
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void ticketIsReadBackById() throws IOException {
        client.createTicket("\"priority\": \"urgent\"");

        Reply reply = client.get("/apiv2/tickets/1001.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.ticket().get("id").asLong()).isEqualTo(1001);
        assertThat(reply.ticket().get("priority").asString()).isEqualTo("urgent");
    }

    @Test
    void unknownTicketIsA404Error() throws IOException {
        Reply reply = client.get("/apiv2/tickets/4040.json");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("error").asString()).isEqualTo("not_found");
        assertThat(reply.body().get("message").asString()).isEqualTo("ticket 4040 does not exist");
    }

    @Test
    void listIsPagedByIdWithLinksToTheNextAndPreviousPages() throws IOException {
        createTickets(3);

        Reply first = client.get("/apiv2/tickets.json?per_page=2");
        Reply second = client.getUrl(first.body().get("next_page").asString());

        assertThat(ids(first.body())).containsExactly(1001L, 1002L);
        assertThat(first.body().get("count").asInt()).isEqualTo(3);
        assertThat(first.body().get("previous_page").isNull()).isTrue();
        assertThat(first.body().get("next_page").asString())
                .isEqualTo(sandbox.url() + "/apiv2/tickets.json?per_page=2&page=2");
        assertThat(ids(second.body())).containsExactly(1003L);
        assertThat(second.body().get("next_page").isNull()).isTrue();
        assertThat(second.body().get("previous_page").asString())
                .isEqualTo(sandbox.url() + "/apiv2/tickets.json?per_page=2&page=1");
    }

    @Test
    void pageThatIsNotAPositiveNumberIsRefused() throws IOException {
        assertRefused(client.get("/apiv2/tickets.json?page=0"), "page", "whole number from 1");
    }

    @Test
    void createdStartKeepsTicketsCreatedAtOrAfterIt() throws IOException {
        List<String> createdAt = createTickets(3);

        Reply asText = client.get("/apiv2/tickets.json?created_start=" + encode(createdAt.get(1)));
        Reply asUnixSeconds = client.get("/apiv2/tickets.json?created_start=" + unixSeconds(createdAt.get(1)));

        assertThat(ids(asText.body())).containsExactly(1002L, 1003L);
        assertThat(asText.body().get("count").asInt()).isEqualTo(2);
        assertThat(ids(asUnixSeconds.body())).containsExactly(1002L, 1003L);
    }

    @Test
    void createdEndKeepsTicketsCreatedAtOrBeforeIt() throws IOException {
        List<String> createdAt = createTickets(3);

        Reply reply = client.get("/apiv2/tickets.json?created_end=" + encode(createdAt.get(1)));

        assertThat(ids(reply.body())).containsExactly(1001L, 1002L);
    }

    @Test
    void createdStartThatIsNoTimeIsRefused() throws IOException {
        assertRefused(client.get("/apiv2/tickets.json?created_start=yesterday"), "created_start", "unix seconds");
    }

    @Test
    void searchByFieldValueMatchesTheWholeValueOnly() throws IOException {
        client.createTicket("\"custom_fields\": [{\"name\": \"field_201\", \"value\": \"SRC-1\"}]");
        client.createTicket("\"custom_fields\": [{\"name\": \"field_201\", \"value\": \"SRC-10\"}]");
        client.createTicket("\"custom_fields\": [{\"name\": \"field_204\", \"value\": 12}]");

        Reply source = client.get("/apiv2/tickets/search.json?fieldvalue=SRC-1");
        Reply number = client.get("/apiv2/tickets/search.json?fieldvalue=12");

        assertThat(ids(source.body())).containsExactly(1001L);
        assertThat(source.body().get("count").asInt()).isEqualTo(1);
        assertThat(ids(number.body())).containsExactly(1003L);
    }

    @Test
    void searchByQueryMatchesTitleOrDescriptionIgnoringCase() throws IOException {
        String ticket = "{\"ticket\": {\"title\": \"%s\", \"comment\": {\"content\": \"%s\"}}}";
        client.post("/apiv2/tickets.json", ticket.formatted("VPN down", "x"));
        client.post("/apiv2/tickets.json", ticket.formatted("t", "the vpn"));
        client.post("/apiv2/tickets.json", ticket.formatted("t", "printer"));

        Reply reply = client.get("/apiv2/tickets/search.json?query=Vpn");

        assertThat(ids(reply.body())).containsExactly(1002L, 1001L);
    }

    @Test
    void searchByStatusTakesACommaList() throws IOException {
        client.createTicket("\"status\": \"open\"");
        client.createTicket("\"status\": \"solved\"");
        client.createTicket("\"status\": \"pending\"");

        Reply reply = client.get("/apiv2/tickets/search.json?status=open,solved&created_order=asc");

        assertThat(ids(reply.body())).containsExactly(1001L, 1002L);
    }

    @Test
    void updateChangesWhatItGivesAndAddsAComment() throws IOException {
        client.createTicket("\"tags\": [\"old\"], \"custom_fields\": [{\"name\": \"field_201\", \"value\": \"SRC-1\"},"
                + " {\"name\": \"field_202\", \"value\": \"云客服\"}]");
        String update = "{\"ticket\": {\"status\": \"pending\", \"priority\": \"low\", \"assignee_id\": 2,"
                + " \"tags\": [\"new\"], \"custom_fields\": [{\"name\": \"field_202\", \"value\": \"呼叫中心\"}],"
                + " \"comment\": {\"content\": \"已联系客户\", \"public\": false}}}";

        Reply reply = client.put("/apiv2/tickets/1001.json", update);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode ticket = reply.ticket();
        assertThat(ticket.get("status").asString()).isEqualTo("pending");
        assertThat(ticket.get("assignee_id").asLong()).isEqualTo(TestSandbox.AGENT);
        assertThat(ticket.get("tags").toString()).isEqualTo("[\"new\"]");
        assertThat(ticket.get("custom_fields").toString()).isEqualTo("[{\"name\":\"field_201\",\"value\":\"SRC-1\"},"
                + "{\"name\":\"field_202\",\"value\":\"呼叫中心\"}]");
        assertThat(ticket.get("description").asString()).isEqualTo("三楼的打印机连不上了");
        assertThat(ticket.get("updated_at").asString()).isGreaterThan(ticket.get("created_at").asString());
        Ticket kept = sandbox.state().ticket(1001).orElseThrow();
        assertThat(kept.comments()).extracting(TicketComment::content, TicketComment::publicComment)
                .containsExactly(tuple("三楼的打印机连不上了", true),
                        tuple("已联系客户", false));
    }

    @Test
    void updateIsCheckedLikeACreate() throws IOException {
        client.createTicket("");

        Reply reply = client.put("/apiv2/tickets/1001.json", "{\"ticket\": {\"priority\": \"p1\"}}");

        assertRefused(reply, "ticket.priority", "priority must be one of low, medium, high, urgent, got 'p1'");
        assertThat(sandbox.state().ticket(1001).orElseThrow().priority()).isNull();
    }

    @Test
    void taskThatBecomesAQuestionLosesItsDueDate() throws IOException {
        client.createTicket("\"type\": \"task\", \"due_at\": \"2024-06-01 18:00:00\"");

        Reply reply = client.put("/apiv2/tickets/1001.json", "{\"ticket\": {\"type\": \"question\"}}");

        assertThat(reply.ticket().get("due_date").isNull()).isTrue();
    }

    @Test
    void updateOfAnUnknownTicketIsA404() throws IOException {
        Reply reply = client.put("/apiv2/tickets/4040.json", "{\"ticket\": {\"status\": \"open\"}}");

        assertThat(reply.status()).isEqualTo(404);
    }

    private List<String> createTickets(int count) throws IOException {
        List<String> createdAt = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            createdAt.add(client.createTicket("").ticket().get("created_at").asString());
        }
        return createdAt;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("tickets").forEach(ticket -> ids.add(ticket.get("id").asLong()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long unixSeconds(String createdAt) {
        return LocalDateTime.parse(createdAt.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
    }
}
