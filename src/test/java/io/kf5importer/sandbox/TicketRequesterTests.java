package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.kf5importer.sandbox.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class TicketRequesterTests {

    private static final int SEED_USERS = 3;

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
    void unknownEmailBecomesANewEndUser() throws IOException {
        Reply reply = client.createTicket("\"requester\": \"new.customer@example.com\"");

        long requesterId = reply.ticket().get("requester_id").asLong();
        User requester = sandbox.state().user(requesterId).orElseThrow();
        assertThat(requesterId).isEqualTo(4);
        assertThat(requester.email()).isEqualTo("new.customer@example.com");
        assertThat(requester.role()).isEqualTo("end_user");
        assertThat(requester.name()).isEqualTo("new.customer@example.com");
    }

    @Test
    void mobileWithCountryCodeAndSpacesIsKeptAsElevenDigits() throws IOException {
        Reply reply = client.createTicket("\"requester\": \"+86 138 0000 1234\"");

        User requester = sandbox.state().user(reply.ticket().get("requester_id").asLong()).orElseThrow();
        assertThat(requester.phone()).isEqualTo("13800001234");
        assertThat(requester.email()).isNull();
    }

    @Test
    void landlineWithAreaCodeBecomesANewEndUser() throws IOException {
        Reply reply = client.createTicket("\"requester\": \"028-1234569\"");

        User requester = sandbox.state().user(reply.ticket().get("requester_id").asLong()).orElseThrow();
        assertThat(requester.landline()).isEqualTo("028-1234569");
        assertThat(requester.phone()).isNull();
    }

    @Test
    void knownPhoneOrLandlineFindsTheExistingUser() throws IOException {
        Reply byPhone = client.createTicket("\"requester\": \"13800000003\"");
        Reply byLandline = client.createTicket("\"requester\": \"028-00000003\"");

        assertThat(byPhone.ticket().get("requester_id").asLong()).isEqualTo(TestSandbox.END_USER);
        assertThat(byLandline.ticket().get("requester_id").asLong()).isEqualTo(TestSandbox.END_USER);
        assertThat(sandbox.state().users()).hasSize(SEED_USERS);
    }

    @Test
    void objectBecomesANewEndUserWithEverythingItGives() throws IOException {
        String requester = "{\"name\": \"new user\", \"email\": \"pablito@example.org\", \"phone\": 13800005678,"
                + " \"landline\": \"028-1234569\"}";

        Reply reply = client.createTicket("\"requester\": " + requester);

        User created = sandbox.state().user(reply.ticket().get("requester_id").asLong()).orElseThrow();
        assertThat(created).extracting(User::name, User::email, User::phone, User::landline, User::role)
                .containsExactly("new user", "pablito@example.org", "13800005678", "028-1234569", "end_user");
    }

    @Test
    void objectIsMatchedByEmailBeforePhone() throws IOException {
        String requester = "{\"email\": \"WANG.FANG@example.cn\", \"phone\": \"13800000002\"}";

        Reply reply = client.createTicket("\"requester\": " + requester);

        assertThat(reply.ticket().get("requester_id").asLong()).isEqualTo(TestSandbox.END_USER);
    }

    @Test
    void requesterIdWinsOverRequester() throws IOException {
        Reply reply = client.createTicket("\"requester_id\": 3, \"requester\": \"someone.else@example.com\"");

        assertThat(reply.ticket().get("requester_id").asLong()).isEqualTo(TestSandbox.END_USER);
        assertThat(sandbox.state().users()).hasSize(SEED_USERS);
    }

    @Test
    void stringThatIsNoEmailPhoneOrLandlineIsRefused() throws IOException {
        assertRefused(client.createTicket("\"requester\": \"王芳\""), "ticket.requester",
                "requester must be an email, a mobile number");
    }

    @Test
    void objectWithoutEmailPhoneOrLandlineIsRefused() throws IOException {
        assertRefused(client.createTicket("\"requester\": {\"name\": \"王芳\"}"), "ticket.requester",
                "needs an email, a phone or a landline");
    }

    @Test
    void objectWithABadPhoneNamesThePhone() throws IOException {
        assertRefused(client.createTicket("\"requester\": {\"phone\": \"12345\"}"), "ticket.requester.phone",
                "is not a mobile number");
    }

    @Test
    void refusedTicketCreatesNoUser() throws IOException {
        Reply reply = client.createTicket("\"requester\": \"new.customer@example.com\", \"priority\": \"p1\"");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(sandbox.state().users()).hasSize(SEED_USERS);
    }
}
