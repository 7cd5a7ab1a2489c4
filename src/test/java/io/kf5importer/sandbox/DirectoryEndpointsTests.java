package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.kf5importer.sandbox.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class DirectoryEndpointsTests {

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
    void ticketFieldsCarryTheirApiNamesTypesAndOptions() throws IOException {
        Reply reply = client.get("/apiv2/ticket_fields.json");

        JsonNode fields = reply.body().get("ticket_fields");
        assertThat(reply.body().get("count").asInt()).isEqualTo(5);
        assertThat(fields.get(0).get("id").asLong()).isEqualTo(201);
        assertThat(fields.get(0).get("name").asString()).isEqualTo("field_201");
        assertThat(fields.get(0).get("type").asString()).isEqualTo("text");
        assertThat(fields.get(0).get("agent_title").asString()).isEqualTo("来源编号");
        assertThat(fields.get(0).get("active").asBoolean()).isTrue();
        assertThat(fields.get(1).get("custom_field_options").toString())
                .isEqualTo("[{\"key\":\"云客服\",\"value\":\"云客服\"},{\"key\":\"呼叫中心\",\"value\":\"呼叫中心\"}]");
    }

    @Test
    void groupsListTheirAgentsWithEmailsAsUsernames() throws IOException {
        Reply reply = client.get("/apiv2/groups.json");

        JsonNode group = reply.body().get("groups").get(0);
        assertThat(group.get("id").asLong()).isEqualTo(TestSandbox.GROUP);
        assertThat(group.get("name").asString()).isEqualTo("一线支持");
        assertThat(group.get("agents").get(1).get("id").asLong()).isEqualTo(TestSandbox.AGENT);
        assertThat(group.get("agents").get(1).get("username").asString()).isEqualTo("zhou.jie@example.com");
        assertThat(group.get("agents").get(1).get("name").asString()).isEqualTo("周杰 Agent");
    }

    @Test
    void meIsTheSignedInAgent() throws IOException {
        Reply reply = client.get("/apiv2/users/me.json");

        JsonNode user = reply.body().get("user");
        assertThat(user.get("id").asLong()).isEqualTo(TestSandbox.ADMIN);
        assertThat(user.get("email").asString()).isEqualTo("agent@example.com");
        assertThat(user.get("role").asString()).isEqualTo("admin");
        assertThat(user.get("groups_info").get(0).get("name").asString()).isEqualTo("一线支持");
    }

    @Test
    void userIsReadById() throws IOException {
        Reply reply = client.get("/apiv2/users/3.json");

        JsonNode user = reply.body().get("user");
        assertThat(user.get("phone").asString()).isEqualTo("13800000003");
        assertThat(user.get("landline").asString()).isEqualTo("028-00000003");
        assertThat(user.get("role").asString()).isEqualTo("end_user");
        assertThat(client.get("/apiv2/users/99.json").status()).isEqualTo(404);
    }

    @Test
    void userSearchMatchesPartOfANameEmailPhoneOrLandline() throws IOException {
        assertThat(userIds("/apiv2/users/search.json?query=WANG.FANG")).containsExactly(3L);
        assertThat(userIds("/apiv2/users/search.json?query=%E5%91%A8%E6%9D%B0")).containsExactly(2L);
        assertThat(userIds("/apiv2/users/search.json?query=138000000")).containsExactly(2L, 3L);
        assertThat(userIds("/apiv2/users/search.json?query=028-00000003")).containsExactly(3L);
        assertThat(userIds("/apiv2/users/search.json?query=nobody")).isEmpty();
    }

    @Test
    void userSearchNeedsAQuery() throws IOException {
        assertRefused(client.get("/apiv2/users/search.json"), "query", "query is required");
    }

    @Test
    void unknownPathIsA404Error() throws IOException {
        Reply reply = client.get("/apiv2/organizations.json");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("error").asString()).isEqualTo("not_found");
    }

    @Test
    void knownPathWithAnotherMethodIsA405NamingTheAllowedOnes() throws IOException {
        Reply reply = client.delete("/apiv2/tickets.json");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("POST, GET");
        assertThat(reply.body().get("error").asString()).isEqualTo("method_not_allowed");
    }

    private List<Long> userIds(String pathAndQuery) throws IOException {
        List<Long> ids = new ArrayList<>();
        client.get(pathAndQuery).body().get("users").forEach(user -> ids.add(user.get("id").asLong()));
        return ids;
    }
}
