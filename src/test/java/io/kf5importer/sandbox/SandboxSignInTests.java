package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxSignInTests {

    private SandboxServer sandbox;

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void emailWithApiTokenSignsIn() throws IOException {
        sandbox = TestSandbox.start();

        Reply reply = new SandboxClient(sandbox).signedInAs("agent@example.com/token", "sandbox").get(
                "/apiv2/users/me.json");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void wrongApiTokenIsA401ThatDoesNotRepeatIt() throws IOException {
        sandbox = TestSandbox.start();

        Reply reply = new SandboxClient(sandbox).signedInAs("agent@example.com/token", "s3cr3t-guess").get(
                "/apiv2/users/me.json");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.body().get("error").asString()).isEqualTo("unauthorized");
        assertThat(reply.body().get("message").asString()).contains("wrong email or API token")
                .doesNotContain("s3cr3t-guess");
    }

    @Test
    void anotherEmailIsA401() throws IOException {
        sandbox = TestSandbox.start();

        Reply reply = new SandboxClient(sandbox).signedInAs("zhou.jie@example.com/token", "sandbox").get(
                "/apiv2/users/me.json");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void requestWithoutCredentialsIsA401AndCreatesNothing() throws IOException {
        sandbox = TestSandbox.start();

        Reply reply = new SandboxClient(sandbox).signedInAs(null, null).createTicket("");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("message").asString()).contains("email/token:api_token");
        assertThat(sandbox.state().ticketCount()).isZero();
    }

    @Test
    void emailWithPasswordSignsInWhenThePasswordIsSet() throws IOException {
        sandbox = SandboxServer.start(TestSandbox.settings().withCredentials("agent@example.com", "sandbox", "pa55"));

        Reply reply = new SandboxClient(sandbox).signedInAs("agent@example.com", "pa55").get("/apiv2/users/me.json");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void passwordIsRefusedWhenNoneIsSet() throws IOException {
        sandbox = TestSandbox.start();

        Reply reply = new SandboxClient(sandbox).signedInAs("agent@example.com", "sandbox").get("/apiv2/users/me.json");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("message").asString()).contains("password sign-in is off");
    }

    @Test
    void agentMissingFromTheSeedIsAddedAsAnAdmin() throws IOException {
        sandbox = SandboxServer.start(TestSandbox.settings().withCredentials("ops@example.cn", "t0ken", null));

        Reply reply = new SandboxClient(sandbox).signedInAs("ops@example.cn/token", "t0ken").get(
                "/apiv2/users/me.json");

        assertThat(reply.body().get("user").get("role").asString()).isEqualTo("admin");
        assertThat(reply.body().get("user").get("id").asLong()).isEqualTo(4);
    }
}
