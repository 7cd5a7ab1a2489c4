package io.kf5importer.kf5;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Kf5ClientPagingTests {

    private final MockKf5 kf5 = new MockKf5();

    private final Kf5Client client = kf5.client();

    Kf5ClientPagingTests() throws IOException {
    }

    @AfterEach
    void stop() {
        kf5.close();
    }

    @Test
    void searchFollowsNextPageAcrossThreePages() throws Exception {
        String next = kf5.baseUrl() + "/apiv2/tickets/search.json?fieldvalue=ROW-1&per_page=100&page=";
        kf5.answer(200, "{\"tickets\": [{\"id\": 1}, {\"id\": 2}], \"count\": 5, \"next_page\": \"" + next + "2\"}");
        kf5.answer(200, "{\"tickets\": [{\"id\": 3}, {\"id\": 4}], \"count\": 5, \"next_page\": \"" + next + "3\"}");
        kf5.answer(200, "{\"tickets\": [{\"id\": 5}], \"count\": 5, \"next_page\": null}");

        List<JsonNode> tickets = client.searchTicketsByFieldValue("ROW-1");

        assertThat(tickets).extracting(ticket -> ticket.path("id").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
        RecordedRequest first = kf5.takeRequest();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/apiv2/tickets/search.json");
        assertThat(first.getUrl().queryParameter("fieldvalue")).isEqualTo("ROW-1");
        assertThat(kf5.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
        assertThat(kf5.takeRequest().getUrl().queryParameter("page")).isEqualTo("3");
        assertThat(kf5.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aNextPageOnAnotherHostIsNotFollowedButAskedForByNumber() throws Exception {
        kf5.answer(200, "{\"tickets\": [{\"id\": 1}], \"next_page\": \"https://elsewhere.example/steal?page=2\"}");
        kf5.answer(200, "{\"tickets\": [{\"id\": 2}], \"next_page\": \"https://elsewhere.example/steal?page=3\"}");
        kf5.answer(200, "{\"tickets\": [], \"next_page\": null}");

        List<JsonNode> tickets = client.ticketsCreatedSince("2024-05-01 00:00:00");

        assertThat(tickets).hasSize(2);
        RecordedRequest first = kf5.takeRequest();
        assertThat(first.getUrl().queryParameter("created_start")).isEqualTo("2024-05-01 00:00:00");
        assertThat(first.getUrl().queryParameter("per_page")).isEqualTo("100");
        RecordedRequest second = kf5.takeRequest();
        assertThat(second.getUrl().encodedPath()).isEqualTo("/apiv2/tickets.json");
        assertThat(second.getUrl().queryParameter("page")).isEqualTo("2");
        assertThat(second.getUrl().queryParameter("created_start")).isEqualTo("2024-05-01 00:00:00");
        assertThat(kf5.takeRequest().getUrl().queryParameter("page")).isEqualTo("3");
    }

    @Test
    void withoutNextPageTheCountDecidesWhetherToAskForMore() throws Exception {
        kf5.answer(200, "{\"users\": [{\"id\": 1}, {\"id\": 2}], \"count\": 3}");
        kf5.answer(200, "{\"users\": [{\"id\": 3}], \"count\": 3}");

        List<JsonNode> users = client.searchUsers("li");

        assertThat(users).hasSize(3);
        kf5.takeRequest();
        assertThat(kf5.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
        assertThat(kf5.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aListWithoutPagingHintsIsOnePage() {
        kf5.answer(200, "{\"groups\": [{\"id\": 1}, {\"id\": 2}]}");

        List<JsonNode> groups = client.groups();

        assertThat(groups).hasSize(2);
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aServerThatIgnoresPagingStopsTheRunInsteadOfLooping() {
        for (int i = 0; i < 3; i++) {
            kf5.answer(200, "{\"tickets\": [{\"id\": 1}], \"count\": 50}");
        }

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class,
                () -> client.searchTicketsByFieldValue("ROW-2"));

        assertThat(fatal).hasMessageContaining("page 2").hasMessageContaining("does not seem to honour paging");
        assertThat(kf5.server.getRequestCount()).isEqualTo(2);
    }
}
