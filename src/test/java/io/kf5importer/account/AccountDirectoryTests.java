package io.kf5importer.account;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.kf5.Kf5Credentials;
import io.kf5importer.mapping.IdLookups;
import io.kf5importer.mapping.TicketFieldInfo;
import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory against the sandbox over HTTP, seeded with look-alike names. */
class AccountDirectoryTests {

    SandboxServer sandbox;
    Kf5Client client;
    IdLookups lookups;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.defaults()
                .withSeedFile(Path.of("src/test/resources/account/directory-seed.json")));
        client = new Kf5Client(sandbox.url(), Kf5Credentials.withToken("agent@example.com", "sandbox"),
                new Kf5ClientSettings(100_000, 2, Duration.ofSeconds(5), Duration.ofSeconds(5), 1));
        lookups = new AccountDirectory(client).lookups();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void groupIsFoundByNameIgnoringCaseAndAnUnknownOneNamesTheClosest() {
        assertThat(lookups.groups().idOf("tier 2")).isEqualTo(12L);
        assertThat(lookups.groups().idOf("售后组")).isNull();
        assertThat(lookups.groups().missing("售后组")).isEqualTo(
                "no group of the KF5 account has this name; closest: 售后一组");
    }

    @Test
    void agentIsFoundByNameOrEmailAmongTheGroupsAgents() {
        assertThat(lookups.agents().idOf("周杰")).isEqualTo(2L);
        assertThat(lookups.agents().idOf("ZHOU.JIE@example.com")).isEqualTo(2L);
    }

    @Test
    void agentInNoGroupIsFoundBySearchButAnEndUserIsNot() {
        assertThat(lookups.agents().idOf("Night Shift")).isEqualTo(5L);
        assertThat(lookups.agents().idOf("周杰伦")).isNull();
        assertThat(lookups.agents().missing("周杰伦")).contains("no agent of the KF5 account has this name")
                .contains("closest: 周杰");
    }

    @Test
    void nameTwoAgentsShareFindsNeitherAndSaysSo() {
        assertThat(lookups.agents().idOf("李娜")).isNull();
        assertThat(lookups.agents().missing("李娜")).contains("2 agents").contains("ids 3, 4")
                .contains("use their email");
        assertThat(lookups.agents().idOf("li.na.2@example.com")).isEqualTo(4L);
    }

    @Test
    void userIsFoundByExactEmailPhoneOrLandlineThoughTheSearchMatchesLoosely() {
        assertThat(lookups.users().idOf("wang.fang@example.cn")).isEqualTo(7L);
        assertThat(lookups.users().idOf("13800000007")).isEqualTo(7L);
        assertThat(lookups.users().idOf("028-00000007")).isEqualTo(7L);
        assertThat(lookups.users().idOf("wang.fang@example")).isNull();
        assertThat(lookups.users().missing("wang.fang@example")).contains("no user of the KF5 account");
    }

    @Test
    void collaboratorIsAUserByEmailOrAnAgentByName() {
        assertThat(lookups.collaborators().idOf("jay@example.com")).isEqualTo(6L);
        assertThat(lookups.collaborators().idOf("周杰")).isEqualTo(2L);
    }

    @Test
    void ticketFieldIsFoundByLabelOrApiNameWithItsTypeAndOptions() {
        TicketFieldInfo byLabel = lookups.fields().field("产品线").orElseThrow();

        assertThat(byLabel).isEqualTo(new TicketFieldInfo("field_202", "产品线", "dropdownlist",
                List.of("云客服", "呼叫中心"), true));
        assertThat(lookups.fields().field("field_201").orElseThrow().label()).isEqualTo("来源编号");
        assertThat(lookups.fields().closest("产品")).contains("产品线");
    }

    @Test
    void eachDirectoryIsFetchedOnceAndEachSearchOncePerRun() {
        for (int i = 0; i < 5; i++) {
            lookups.groups().idOf("Tier 2");
            lookups.agents().idOf("周杰");
            lookups.agents().idOf("Night Shift");
            lookups.users().idOf("13800000007");
            lookups.fields().field("产品线");
        }

        assertThat(sandbox.state().requestCount("GET", "/apiv2/groups\\.json")).isEqualTo(1);
        assertThat(sandbox.state().requestCount("GET", "/apiv2/ticket_fields\\.json")).isEqualTo(1);
        assertThat(sandbox.state().requestCount("GET", "/apiv2/users/search\\.json")).isEqualTo(2);
    }
}
