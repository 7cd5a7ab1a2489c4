package io.kf5importer.kf5;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.kf5importer.kf5.Kf5ClientRequestTests.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the client makes of KF5 refusing a request, or answering something that is not KF5's API. */
class Kf5ClientRefusalTests {

    private final MockKf5 kf5 = new MockKf5();

    private final Kf5Client client = kf5.client();

    Kf5ClientRefusalTests() throws IOException {
    }

    @AfterEach
    void stop() {
        kf5.close();
    }

    @Test
    void refusedCredentialsStopTheRunNamingTheEmail() {
        kf5.answer(401, "{\"error\": \"Couldn't authenticate you\"}");

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class, client::me);

        assertThat(fatal.status()).isEqualTo(401);
        assertThat(fatal).hasMessageStartingWith(
                "KF5 refused the credentials for agent@acme.example: check --email and --token");
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void forbiddenStopsTheRunSayingTheAccountMustBeAnAgent() {
        kf5.answer(403, "{\"message\": \"无权限\"}");

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class,
                () -> client.createTicket(ticket("Forbidden")));

        assertThat(fatal.status()).isEqualTo(403);
        assertThat(fatal).hasMessageContaining("POST /apiv2/tickets.json").hasMessageContaining("无权限")
                .hasMessageContaining("agent or an admin");
    }

    @Test
    void anHtml404OnCreateMeansTheAddressIsNotAKf5Account() {
        kf5.answer(new MockResponse.Builder().code(404).addHeader("Content-Type", "text/html")
                .body("<html><body>Not Found</body></html>"));

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class,
                () -> client.createTicket(ticket("Nowhere")));

        assertThat(fatal).hasMessageStartingWith(kf5.baseUrl() + " does not look like a KF5 account");
    }

    @Test
    void aMissingTicketIsNotFoundOrAnEmptyResult() {
        kf5.answer(404, "{\"error\": \"RecordNotFound\"}");
        kf5.answer(new MockResponse.Builder().code(404).body("<html>gone</html>"));

        Kf5NotFoundException notFound = catchThrowableOfType(Kf5NotFoundException.class, () -> client.ticket(41));

        assertThat(notFound).isInstanceOf(Kf5RejectedException.class)
                .hasMessageContaining("GET /apiv2/tickets/41.json").hasMessageContaining("RecordNotFound");
        assertThat(client.findTicket(41)).isEmpty();
    }

    @Test
    void aValidationRefusalCarriesKf5sMessageAndField() {
        kf5.answer(422, """
                {"error": "invalid_value", "field": "ticket.priority",
                 "message": "priority must be one of low, medium, high, urgent"}""");

        Kf5RejectedException rejected = catchThrowableOfType(Kf5RejectedException.class,
                () -> client.createTicket(ticket("Bad priority")));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.field()).isEqualTo("ticket.priority");
        assertThat(rejected).hasMessage("KF5 rejected POST /apiv2/tickets.json (422): "
                + "priority must be one of low, medium, high, urgent (field ticket.priority)");
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusalsWithoutAMessageKeyAreReadFromErrorsOrTheRawBody() {
        kf5.answer(400, "{\"errors\": {\"title\": [\"can't be blank\"]}}");
        kf5.answer(409, "{\"errors\": [\"duplicate\", {\"message\": \"already exists\"}]}");
        kf5.answer(new MockResponse.Builder().code(413).body("x".repeat(800)));

        Kf5RejectedException byField = catchThrowableOfType(Kf5RejectedException.class,
                () -> client.createTicket(ticket("One")));
        Kf5RejectedException byList = catchThrowableOfType(Kf5RejectedException.class,
                () -> client.createTicket(ticket("Two")));
        Kf5RejectedException raw = catchThrowableOfType(Kf5RejectedException.class,
                () -> client.createTicket(ticket("Three")));

        assertThat(byField.field()).isEqualTo("title");
        assertThat(byField).hasMessageContaining("title: can't be blank");
        assertThat(byList).hasMessageContaining("duplicate; already exists");
        assertThat(raw.status()).isEqualTo(413);
        assertThat(raw.getMessage()).contains("x".repeat(ErrorBody.RAW_LIMIT)).doesNotContain("x".repeat(501));
    }

    @Test
    void aRedirectIsNotFollowedAndStopsTheRunNamingWhereItPoints() {
        kf5.answer(new MockResponse.Builder().code(301)
                .addHeader("Location", "https://acme.kf5.com/apiv2/tickets.json"));

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class,
                () -> client.createTicket(ticket("Moved")));

        assertThat(fatal).hasMessageContaining("pointing to https://acme.kf5.com/apiv2/tickets.json");
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSuccessThatIsNotKf5JsonNamesTheEndpointAndTheBodysStart() {
        kf5.answer(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><head><title>Login</title></head>" + "<p>".repeat(200)));

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class, client::groups);

        assertThat(fatal).hasMessageContaining("GET /apiv2/groups.json")
                .hasMessageContaining("<!DOCTYPE html><html><head><title>Login</title>");
        assertThat(fatal.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void aCreateAnsweredWithoutATicketIdIsAnUnknownOutcome() {
        kf5.answer(201, "{\"ticket\": {\"title\": \"no id\"}}");

        Kf5OutcomeUnknownException unknown = catchThrowableOfType(Kf5OutcomeUnknownException.class,
                () -> client.createTicket(ticket("No id")));

        assertThat(unknown).hasMessageContaining("POST /apiv2/tickets.json").hasMessageContaining("no ticket id");
    }

    @Test
    void anUploadAnsweredWithoutATokenStopsTheRun(@TempDir Path dir)
            throws IOException {
        kf5.answer(201, "{\"attachment\": {\"id\": 3}}");
        Path file = Files.writeString(dir.resolve("a.txt"), "a");

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class,
                () -> client.uploadAttachment("a.txt", file));

        assertThat(fatal).hasMessageContaining("POST /apiv2/attachments.json").hasMessageContaining("token");
    }
}
