package io.kf5importer.sandbox;

import io.kf5importer.sandbox.SandboxClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** What every 422 of the sandbox must look like: {@code invalid_field}, the field's JSON path, and a message. */
final class RefusalAssertions {

    private RefusalAssertions() {
    }

    static void assertRefused(Reply reply, String field, String messagePart) {
        assertThat(reply.status()).as("status of %s", reply.body()).isEqualTo(422);
        assertThat(reply.body().get("error").asString()).isEqualTo("invalid_field");
        assertThat(reply.body().get("field").asString()).isEqualTo(field);
        assertThat(reply.body().get("message").asString()).contains(messagePart);
    }
}
