package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static io.kf5importer.sandbox.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** The create rules that depend on the directory's ticket fields and on the ticket's type. */
class TicketFieldRulesTests {

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

    @Nested
    class CustomFields {

        @Test
        void unknownFieldIsRefused() throws IOException {
            assertRefused(client.createTicket("\"custom_fields\": [{\"name\": \"field_999\", \"value\": \"x\"}]"),
                    "ticket.custom_fields[0].name", "unknown custom field \"field_999\"");
        }

        @Test
        void dropdownValueMustBeOneOfItsOptions() throws IOException {
            Reply reply = client.createTicket("\"custom_fields\": [{\"name\": \"field_202\", \"value\": \"云客服\"},"
                    + " {\"name\": \"field_202\", \"value\": \"在线客服\"}]");

            assertRefused(reply, "ticket.custom_fields[1].value",
                    "field_202 (产品线) is a dropdownlist; its value must be one of 云客服, 呼叫中心, got \"在线客服\"");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "field_201 | 123          | a string",
                "field_203 | '\"2024-02-30\"' | a date yyyy-MM-dd",
                "field_203 | '\"2024/02/01\"' | a date yyyy-MM-dd",
                "field_204 | '\"12.5\"'      | a whole number",
                "field_205 | '\"12,50\"'     | a number"})
        void valueMustFitTheFieldType(String name, String jsonValue, String expected) throws IOException {
            Reply reply = client.createTicket("\"custom_fields\": [{\"name\": \"" + name + "\", \"value\": "
                    + jsonValue + "}]");

            assertRefused(reply, "ticket.custom_fields[0].value", "its value must be " + expected);
        }

        @Test
        void customFieldsMustBeAnArray() throws IOException {
            assertRefused(client.createTicket("\"custom_fields\": {\"field_201\": \"x\"}"), "ticket.custom_fields",
                    "must be an array");
        }

        @Test
        void nullValueIsLeftOut() throws IOException {
            Reply reply = client.createTicket("\"custom_fields\": [{\"name\": \"field_201\", \"value\": null}]");

            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.ticket().get("custom_fields")).isEmpty();
        }
    }

    @Nested
    class TypeDependentMembers {

        @Test
        void dueAtOfATicketThatIsNoTaskIsIgnoredUnchecked() throws IOException {
            Reply reply = client.createTicket("\"type\": \"problem\", \"due_at\": \"next Friday\"");

            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.ticket().get("due_date").isNull()).isTrue();
            assertThat(sandbox.state().ticket(1001).orElseThrow().dueDate()).isNull();
        }

        @Test
        void dueAtOfATaskBecomesItsDueDate() throws IOException {
            Reply reply = client.createTicket("\"type\": \"task\", \"due_at\": \"2019-04-09 18:00:10\"");

            assertThat(reply.ticket().get("due_date").asString()).isEqualTo("2019-04-09 18:00:10");
        }

        @Test
        void dueAtOfATaskMustBeATime() throws IOException {
            assertRefused(client.createTicket("\"type\": \"task\", \"due_at\": \"2019-04-09\""), "ticket.due_at",
                    "yyyy-MM-dd HH:mm:ss");
        }

        @Test
        void problemIdOfATicketThatIsNoIncidentIsIgnoredUnchecked() throws IOException {
            Reply reply = client.createTicket("\"type\": \"question\", \"problem_id\": 4242");

            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.ticket().get("problem_id").isNull()).isTrue();
        }

        @Test
        void incidentLinksToAnExistingProblem() throws IOException {
            client.createTicket("\"type\": \"problem\"");

            Reply reply = client.createTicket("\"type\": \"incident\", \"problem_id\": 1001");

            assertThat(reply.ticket().get("problem_id").asLong()).isEqualTo(1001);
        }

        @Test
        void incidentCannotLinkToATicketThatIsNoProblem() throws IOException {
            client.createTicket("\"type\": \"question\"");

            Reply reply = client.createTicket("\"type\": \"incident\", \"problem_id\": 1001");

            assertRefused(reply, "ticket.problem_id", "existing ticket of type problem");
        }
    }
}
