package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.kf5importer.sandbox.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SandboxStateFileTests {

    @TempDir
    Path directory;

    @Test
    void ticketsUsersAndBoundTokensSurviveARestart() throws IOException {
        Path stateFile = directory.resolve("sandbox-state.json");
        SandboxSettings settings = TestSandbox.settings().withStateFile(stateFile);
        String token;
        try (SandboxServer first = SandboxServer.start(settings)) {
            SandboxClient client = new SandboxClient(first);
            token = client.uploadedToken("a.txt");
            client.createTicket("""
                    "requester": "13800009999", "type": "task", "due_at": "2024-06-01 18:00:00",
                    "custom_fields": [{"name": "field_201", "value": "SRC-7"}, {"name": "field_204", "value": 3}],
                    "comment": {"content": "c", "uploads": ["%s"]}""".formatted(token));
        }

        try (SandboxServer second = SandboxServer.start(settings)) {
            SandboxClient client = new SandboxClient(second);
            Reply reused = client.createTicket("\"comment\": {\"content\": \"c\", \"uploads\": [\"" + token + "\"]}");
            Reply next = client.createTicket("");

            Ticket kept = second.state().ticket(1001).orElseThrow();
            assertThat(kept.dueDate()).hasToString("2024-06-01T18:00");
            assertThat(kept.customFieldValue("field_201")).contains("SRC-7");
            assertThat(kept.customFieldValue("field_204")).contains("3");
            assertThat(second.state().user(kept.requesterId()).orElseThrow().phone()).isEqualTo("13800009999");
            assertThat(client.get("/apiv2/tickets/search.json?fieldvalue=SRC-7").body().get("count").asInt())
                    .isEqualTo(1);
            assertRefused(reused, "ticket.comment.uploads[0]", "already bound to ticket 1001");
            assertThat(next.ticket().get("id").asLong()).isEqualTo(1002);
        }
    }

    @Test
    void stateIsWrittenSoonAfterAChangeWithoutATemporaryFileLeft() throws IOException {
        Path stateFile = directory.resolve("sandbox-state.json");

        try (SandboxServer sandbox = SandboxServer.start(TestSandbox.settings().withStateFile(stateFile))) {
            new SandboxClient(sandbox).createTicket("");

            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(stateFile)
                    && Files.readString(stateFile).contains("\"id\" : 1001"));
        }
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(stateFile);
        }
    }

    @Test
    void resetReturnsToTheSeed() throws IOException {
        try (SandboxServer sandbox = TestSandbox.start()) {
            new SandboxClient(sandbox).createTicket("\"requester\": \"new@example.com\"");

            sandbox.state().reset();

            assertThat(sandbox.state().ticketCount()).isZero();
            assertThat(sandbox.state().users()).hasSize(3);
            assertThat(sandbox.state().requests()).isEmpty();
            assertThat(new SandboxClient(sandbox).createTicket("").ticket().get("id").asLong()).isEqualTo(1001);
        }
    }

    @Test
    void seedThatContradictsItselfIsRefusedNamingTheFileAndTheProblem() {
        Path seed = TestSandbox.resource("bad-group-seed.json");

        assertThatThrownBy(() -> SandboxServer.start(TestSandbox.settings().withSeedFile(seed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad-group-seed.json")
                .hasMessageContaining("group 11 (一线支持) lists user 3, who is not an agent or admin");
    }

    @Test
    void seedWithAnUnknownMemberIsRefusedNamingTheFile() throws IOException {
        Path seed = Files.writeString(directory.resolve("typo-seed.json"), "{\"userz\": []}");

        assertThatThrownBy(() -> SandboxServer.start(TestSandbox.settings().withSeedFile(seed)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("typo-seed.json is not a valid sandbox seed or state file")
                .hasMessageContaining("userz");
    }
}
