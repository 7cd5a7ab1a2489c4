package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SandboxFaultTests {

    private SandboxServer sandbox;

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void error5xxAnswers503AndCreatesNothing() throws IOException {
        SandboxClient client = clientWithFaults("error5xx=1");

        Reply reply = client.createTicket("");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body().get("error").asString()).isEqualTo("service_unavailable");
        assertThat(sandbox.state().ticketCount()).isZero();
    }

    @Test
    void error5xxOfALargeUploadIsStillAnswered() throws IOException {
        SandboxClient client = clientWithFaults("error5xx=1");

        Reply reply = client.upload("big.bin", new byte[4 * 1024 * 1024]);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(sandbox.state().attachments()).isEmpty();
    }

    @Test
    void rate429AnswersRetryAfterOneSecondAndCreatesNothing() throws IOException {
        SandboxClient client = clientWithFaults("rate429=1");

        Reply reply = client.createTicket("");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        assertThat(sandbox.state().ticketCount()).isZero();
    }

    @Test
    void resetDropsTheConnectionAndCreatesNothing() throws IOException {
        SandboxClient client = clientWithFaults("reset=1");

        assertThatThrownBy(() -> client.createTicket(""))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unexpected end of stream");

        assertThat(sandbox.state().ticketCount()).isZero();
        assertThat(sandbox.state().requests()).singleElement()
                .isEqualTo(new RequestLogEntry("POST", "/apiv2/tickets.json", 0, FaultKind.RESET));
    }

    @Test
    void resetOfAnUploadKeepsNoAttachment() throws IOException {
        SandboxClient client = clientWithFaults("reset=1");

        assertThatThrownBy(() -> client.upload("a.txt", new byte[100])).isInstanceOf(IOException.class);

        assertThat(sandbox.state().attachments()).isEmpty();
    }

    @Test
    void dropAfterCommitCreatesTheTicketButNeverAnswers() throws IOException {
        SandboxClient client = clientWithFaults("drop-after-commit=1");

        assertThatThrownBy(() -> client.createTicket(""))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unexpected end of stream");

        assertThat(sandbox.state().ticketCount()).isEqualTo(1);
        assertThat(sandbox.state().requests()).singleElement()
                .isEqualTo(new RequestLogEntry("POST", "/apiv2/tickets.json", 0, FaultKind.DROP_AFTER_COMMIT));
    }

    @Test
    void slowRequestCreatesTheTicketAfterTheClientHasTimedOut() throws IOException {
        sandbox = SandboxServer.start(TestSandbox.settings()
                .withFaults(SandboxFaults.parse("slow=1"), 1L)
                .withSlowDelay(Duration.ofMillis(300)));
        SandboxClient client = new SandboxClient(sandbox).withReadTimeout(Duration.ofMillis(50));

        assertThatThrownBy(() -> client.createTicket("")).isInstanceOf(InterruptedIOException.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.state().ticketCount() == 1);
        assertThat(sandbox.state().requests()).singleElement()
                .isEqualTo(new RequestLogEntry("POST", "/apiv2/tickets.json", 201, FaultKind.SLOW));
    }

    @Test
    void faultsHitGetsToo() throws IOException {
        SandboxClient client = clientWithFaults("error5xx=1");

        Reply reply = client.get("/apiv2/users/me.json");

        assertThat(reply.status()).isEqualTo(503);
    }

    @Test
    void theSameFaultSeedGivesTheSameFaults() throws IOException {
        List<Integer> first = statusesOfTwentyRequests(42L);
        List<Integer> second = statusesOfTwentyRequests(42L);

        assertThat(first).isEqualTo(second).contains(200, 503);
    }

    private List<Integer> statusesOfTwentyRequests(long faultSeed) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        try (SandboxServer seeded = SandboxServer.start(TestSandbox.settings()
                .withFaults(SandboxFaults.parse("error5xx=0.5"), faultSeed))) {
            sandbox = seeded;
            SandboxClient client = new SandboxClient(seeded);
            for (int i = 0; i < 20; i++) {
                statuses.add(client.get("/apiv2/users/me.json").status());
            }
        }
        return statuses;
    }

    private SandboxClient clientWithFaults(String faults) throws IOException {
        sandbox = SandboxServer.start(TestSandbox.settings().withFaults(SandboxFaults.parse(faults), 1L));
        return new SandboxClient(sandbox);
    }
}
