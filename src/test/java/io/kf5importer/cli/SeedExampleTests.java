package io.kf5importer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** sample-data/seed-example.csv with config/seed-example.yml gives the example request of KF5's create-ticket page. */
class SeedExampleTests {

    /** The body after 创建工单示例请求 on KF5's create-ticket page, as printed there. */
    private static final String PAGE_EXAMPLE = """
            { "ticket":{ "title": "Let's create ticket", "comment": { "content": "what are you waiting for?",
            "html_content": "the content", "public": true, "uploads": {"token":"0015ce392ec1919d564e63a46e54eb8"} },
            "requester": { "name": "new user", "email": "pablito@example.org" }, "type": "problem",
            "tags":["t1","t2"], "due_at":"2019-04-09 18:00:10", "custom_fields": [ {"name": "field_123",
            "value": "test"}, {"name": "field_567", "value": "world"} ] } }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void validatePayloadsAreTheCreateTicketPagesExampleExceptUploads() throws IOException {
        Path payloads = folder.resolve("bodies.jsonl");

        CommandRun run = CommandRun.kf5Import("validate", "--source", "sample-data/seed-example.csv",
                "--mapping", "config/seed-example.yml", "--payloads", payloads.toString(), "--url", "");

        List<String> lines = Files.readAllLines(payloads);
        JsonNode expected = JSON.readTree(PAGE_EXAMPLE);
        ((ObjectNode) expected.path("ticket").path("comment")).remove("uploads");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0))).isEqualTo(expected);
        assertThat(run.out()).contains("due_at '2019-04-09 18:00:10' sent on a ticket whose type is 'problem'");
    }
}
