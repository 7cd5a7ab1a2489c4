package io.kf5importer.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultSeedTests {

    private SandboxServer sandbox;
    private SandboxClient client;

    @BeforeEach
    void startSandbox() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.defaults());
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void builtInSeedHasTheFieldKindsAnImportNeeds() throws IOException {
        List<String> fields = new ArrayList<>();

        client.get("/apiv2/ticket_fields.json").body().get("ticket_fields")
                .forEach(field -> fields.add(field.get("name").asString() + " " + field.get("type").asString() + " "
                        + field.get("agent_title").asString()));

        assertThat(fields).contains("field_201 text 来源编号", "field_202 dropdownlist 产品线",
                "field_203 date 首次联系日期", "field_204 number 涉及订单数");
    }

    @Test
    void defaultAgentSignsInAsAnAdmin() throws IOException {
        JsonNode me = client.get("/apiv2/users/me.json").body().get("user");

        assertThat(me.get("email").asString()).isEqualTo("agent@example.com");
        assertThat(me.get("role").asString()).isEqualTo("admin");
    }

    @Test
    void builtInPeopleUsePlaceholderAddressesAndNumbersOnly() {
        List<User> users = sandbox.state().users();

        assertThat(users).allSatisfy(user -> {
            assertThat(user.email()).satisfiesAnyOf(
                    email -> assertThat(email).isNull(),
                    email -> assertThat(email).matches(".+@example\\.(com|cn)"));
            assertThat(user.phone()).satisfiesAnyOf(
                    phone -> assertThat(phone).isNull(),
                    phone -> assertThat(phone).matches("13800000\\d{3}|1380000\\d{4}"));
        });
        assertThat(users).anySatisfy(user -> assertThat(user.landline()).isNotNull());
        assertThat(users).anySatisfy(user -> assertThat(user.role()).isEqualTo("end_user"));
    }

    @Test
    void seedUsersCanBeFoundByTheirIdentities() throws IOException {
        JsonNode found = client.get("/apiv2/users/search.json?query=028-00001004").body().get("users");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("role").asString()).isEqualTo("end_user");
    }
}
