package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTests {

    private SandboxServer sandbox;

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void requestOverTheRateIsA429WithRetryAfterAndCreatesNothing() throws IOException {
        sandbox = SandboxServer.start(TestSandbox.settings().withRatePerMinute(3));
        SandboxClient client = new SandboxClient(sandbox);
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/apiv2/users/me.json").status()).isEqualTo(200);
        }

        Reply reply = client.createTicket("");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.body().get("error").asString()).isEqualTo("too_many_requests");
        assertThat(Integer.parseInt(reply.header("Retry-After"))).isBetween(1, 60);
        assertThat(sandbox.state().ticketCount()).isZero();
    }

    @Test
    void refusedSignInsDoNotCountAgainstTheRate() throws IOException {
        sandbox = SandboxServer.start(TestSandbox.settings().withRatePerMinute(1));
        SandboxClient client = new SandboxClient(sandbox);
        client.signedInAs(null, null).get("/apiv2/users/me.json");

        Reply reply = client.get("/apiv2/users/me.json");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void rateZeroMeansNoLimit() throws IOException {
        sandbox = TestSandbox.start();
        SandboxClient client = new SandboxClient(sandbox);

        for (int i = 0; i < 50; i++) {
            assertThat(client.get("/apiv2/users/me.json").status()).isEqualTo(200);
        }
    }
}
