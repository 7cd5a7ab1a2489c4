package io.kf5importer.kf5;

import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.kf5importer.kf5.Kf5ClientRequestTests.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Authorization header, and the token in it, never show up in what the client tells anyone. */
class Kf5ClientSecrecyTests {

    private final MockKf5 kf5 = new MockKf5();

    Kf5ClientSecrecyTests() throws IOException {
    }

    @AfterEach
    void stop() {
        kf5.close();
    }

    @Test
    void noFailureMessageOrDescriptionShowsTheCredentials() {
        Kf5Client client = kf5.client(MockKf5.TOKEN, new Kf5ClientSettings(6000, 2, Duration.ofSeconds(2),
                Duration.ofMillis(300), 1));
        kf5.answer(401, "{\"error\": \"bad credentials\"}");
        kf5.answer(403, "{\"error\": \"forbidden\"}");
        kf5.answer(422, "{\"message\": \"bad\", \"field\": \"ticket.title\"}");
        kf5.answer(500, "{\"error\": \"boom\"}");
        kf5.answer(MockKf5.json(201, "{}").onResponseStart(SocketEffect.Stall.INSTANCE));

        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            failures.add(catchThrowableOfType(Kf5Exception.class, () -> client.createTicket(ticket("Secret"))));
        }

        List<String> told = new ArrayList<>(List.of(client.toString(), MockKf5.TOKEN.toString(),
                new AuthorizationInterceptor(MockKf5.TOKEN).toString(), client.throttle().statistics().toString()));
        failures.forEach(failure -> told.addAll(descriptionsOf(failure)));
        assertThat(failures).hasSize(5).doesNotContainNull();
        assertThat(told).noneSatisfy(text -> assertThat(text).containsAnyOf(MockKf5.API_TOKEN,
                MockKf5.TOKEN.authorizationHeader(), MockKf5.TOKEN.authorizationHeader().substring(6)));
    }

    @Test
    void anAddressCarryingCredentialsIsRefusedWithoutRepeatingThem() {
        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
                () -> new Kf5Client("https://agent:hunter2@acme.kf5.com", MockKf5.TOKEN, MockKf5.SETTINGS));

        assertThat(refused).hasMessageContaining("must not carry credentials");
        assertThat(refused.getMessage()).doesNotContain("hunter2");
    }

    private static List<String> descriptionsOf(Throwable failure) {
        List<String> texts = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            texts.add(String.valueOf(cause.getMessage()));
            texts.add(cause.toString());
        }
        return texts;
    }
}
