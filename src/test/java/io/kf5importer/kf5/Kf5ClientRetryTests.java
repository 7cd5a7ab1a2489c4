package io.kf5importer.kf5;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.kf5importer.kf5.Kf5ClientRequestTests.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Transient failures are retried; a create whose answer is lost is never sent again. */
class Kf5ClientRetryTests {

    private final MockKf5 kf5 = new MockKf5();

    private final Kf5Client client = kf5.client();

    Kf5ClientRetryTests() throws IOException {
    }

    @AfterEach
    void stop() {
        kf5.close();
    }

    @Test
    void aServerErrorIsRetriedAndTheNextAnswerTaken() {
        kf5.answer(500, "{\"error\": \"boom\"}");
        kf5.answer(201, "{\"ticket\": {\"id\": 77}}");

        CreatedTicket created = client.createTicket(ticket("Second time lucky"));

        assertThat(created.id()).isEqualTo(77);
        assertThat(kf5.server.getRequestCount()).isEqualTo(2);
        assertThat(client.statistics().retries()).isEqualTo(1);
    }

    @Test
    void tooManyRequestsWithRetryAfterWaitsAndKeepsThePace() {
        kf5.answer(MockKf5.json(429, "{\"error\": \"slow down\"}").addHeader("Retry-After", "7"));
        kf5.answer(201, "{\"ticket\": {\"id\": 78}}");
        int rateBefore = client.throttle().ratePerMinute();

        CreatedTicket created = client.createTicket(ticket("Patience"));

        assertThat(created.id()).isEqualTo(78);
        assertThat(kf5.ticker.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        assertThat(client.throttle().ratePerMinute()).isEqualTo(rateBefore);
        assertThat(client.statistics().tooManyRequests()).isEqualTo(1);
    }

    @Test
    void tooManyRequestsAgainAfterWaitingOutRetryAfterSlowsTheThrottle() {
        kf5.answer(MockKf5.json(429, "{\"error\": \"slow down\"}").addHeader("Retry-After", "7"));
        kf5.answer(MockKf5.json(429, "{\"error\": \"slow down\"}").addHeader("Retry-After", "7"));
        kf5.answer(201, "{\"ticket\": {\"id\": 84}}");
        int rateBefore = client.throttle().ratePerMinute();

        CreatedTicket created = client.createTicket(ticket("Still too soon"));

        assertThat(created.id()).isEqualTo(84);
        assertThat(kf5.ticker.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(14));
        assertThat(client.throttle().ratePerMinute()).isEqualTo(rateBefore / 2);
        assertThat(client.statistics().tooManyRequests()).isEqualTo(2);
    }

    @Test
    void tooManyRequestsWithoutRetryAfterSlowsTheThrottle() {
        kf5.answer(429, "{\"error\": \"slow down\"}");
        kf5.answer(201, "{\"ticket\": {\"id\": 85}}");
        int rateBefore = client.throttle().ratePerMinute();

        CreatedTicket created = client.createTicket(ticket("No word on when"));

        assertThat(created.id()).isEqualTo(85);
        assertThat(client.throttle().ratePerMinute()).isEqualTo(rateBefore / 2);
        assertThat(client.statistics().tooManyRequests()).isEqualTo(1);
    }

    @Test
    void tooManyRequestsWithAnExhaustedLimitWaitsForItsResetAndKeepsThePace() {
        kf5.answer(MockKf5.json(429, "{}").addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", "9"));
        kf5.answer(201, "{\"ticket\": {\"id\": 86}}");
        int rateBefore = client.throttle().ratePerMinute();

        CreatedTicket created = client.createTicket(ticket("Until the reset"));

        assertThat(created.id()).isEqualTo(86);
        assertThat(kf5.ticker.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
        assertThat(client.throttle().ratePerMinute()).isEqualTo(rateBefore);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedUnavailable() throws IOException {
        Kf5Client toNowhere = kf5.clientOf("http://127.0.0.1:" + portNobodyListensOn(), MockKf5.TOKEN,
                MockKf5.SETTINGS);

        Kf5UnavailableException unavailable = catchThrowableOfType(Kf5UnavailableException.class,
                () -> toNowhere.createTicket(ticket("Nobody home")));

        assertThat(unavailable.status()).isZero();
        assertThat(unavailable).hasMessageContaining("POST /apiv2/tickets.json").hasMessageContaining("3 attempt(s)")
                .hasMessageContaining("ConnectException");
        assertThat(toNowhere.statistics().requestsByKind()).containsEntry(RequestKind.TICKET_CREATE, 3L);
        assertThat(toNowhere.statistics().retries()).isEqualTo(2);
    }

    @Test
    void aCreateWhoseAnswerTimesOutIsNotSentAgain() {
        Kf5Client impatient = kf5.client(MockKf5.TOKEN, new Kf5ClientSettings(6000, 2, Duration.ofSeconds(2),
                Duration.ofMillis(300), 3));
        kf5.answer(MockKf5.json(201, "{\"ticket\": {\"id\": 79}}").onResponseStart(SocketEffect.Stall.INSTANCE));
        kf5.answer(201, "{\"ticket\": {\"id\": 80}}");

        Kf5OutcomeUnknownException unknown = catchThrowableOfType(Kf5OutcomeUnknownException.class,
                () -> impatient.createTicket(ticket("Slow answer")));

        assertThat(unknown).hasMessageContaining("POST /apiv2/tickets.json")
                .hasMessageContaining("the ticket may have been created");
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aCreateWhoseConnectionDropsAfterTheRequestIsNotSentAgain() {
        kf5.answer(MockKf5.json(201, "{\"ticket\": {\"id\": 81}}").onResponseStart(new SocketEffect.CloseSocket()));
        kf5.answer(201, "{\"ticket\": {\"id\": 82}}");

        Kf5OutcomeUnknownException unknown = catchThrowableOfType(Kf5OutcomeUnknownException.class,
                () -> client.createTicket(ticket("Dropped")));

        assertThat(unknown.status()).isZero();
        assertThat(unknown.getCause()).isInstanceOf(IOException.class);
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUploadWhoseConnectionDropsIsSentAgain(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("log.txt"), "line");
        kf5.answer(MockKf5.json(201, "{\"attachment\": {\"token\": \"lost\"}}")
                .onResponseStart(new SocketEffect.CloseSocket()));
        kf5.answer(201, "{\"attachment\": {\"token\": \"kept\"}}");

        String token = client.uploadAttachment("log.txt", file);

        assertThat(token).isEqualTo("kept");
        assertThat(kf5.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aLookupWhoseAnswerTimesOutIsAskedAgain() {
        Kf5Client impatient = kf5.client(MockKf5.TOKEN, new Kf5ClientSettings(6000, 2, Duration.ofSeconds(2),
                Duration.ofMillis(300), 3));
        kf5.answer(MockKf5.json(200, "{}").onResponseStart(SocketEffect.Stall.INSTANCE));
        kf5.answer(200, "{\"user\": {\"id\": 9}}");

        long id = impatient.me().path("id").asLong();

        assertThat(id).isEqualTo(9);
        assertThat(kf5.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void okHttpDoesNotResendACreateOnItsOwnAfterA503WithRetryAfterZero() {
        Kf5Client once = kf5.client(MockKf5.TOKEN, new Kf5ClientSettings(6000, 2, Duration.ofSeconds(2),
                Duration.ofSeconds(2), 1));
        kf5.answer(MockKf5.json(503, "{}").addHeader("Retry-After", "0"));
        kf5.answer(201, "{\"ticket\": {\"id\": 83}}");

        Kf5UnavailableException unavailable = catchThrowableOfType(Kf5UnavailableException.class,
                () -> once.createTicket(ticket("Once")));

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aGatewayTimeoutOnCreateIsAnUnknownOutcomeButOnALookupARetry() {
        kf5.answer(504, "<html>Gateway Timeout</html>");
        kf5.answer(504, "<html>Gateway Timeout</html>");
        kf5.answer(200, "{\"user\": {\"id\": 10}}");

        Kf5OutcomeUnknownException unknown = catchThrowableOfType(Kf5OutcomeUnknownException.class,
                () -> client.createTicket(ticket("Behind a gateway")));
        long id = client.me().path("id").asLong();

        assertThat(unknown).hasMessageContaining("504");
        assertThat(id).isEqualTo(10);
        assertThat(kf5.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void kf5FailingForLongerThanTheUnreachableWindowStopsTheRun() {
        Kf5Client patient = kf5.client(MockKf5.TOKEN, new Kf5ClientSettings(6000, 2, Duration.ofSeconds(2),
                Duration.ofSeconds(2), 10).withUnreachableAfter(Duration.ofMinutes(1)));
        for (int i = 0; i < 5; i++) {
            kf5.answer(MockKf5.json(503, "").addHeader("Retry-After", "30"));
        }

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class, patient::me);

        assertThat(fatal).hasMessageStartingWith("KF5 unreachable for 1 minute(s)")
                .hasMessageEndingWith("run again later to resume");
        assertThat(kf5.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRetryAfterLongerThanTheUnreachableWindowStopsTheRun() {
        kf5.answer(MockKf5.json(429, "").addHeader("Retry-After", "3600"));

        Kf5FatalException fatal = catchThrowableOfType(Kf5FatalException.class, client::me);

        assertThat(fatal).hasMessageStartingWith("KF5 asks to wait 60 minute(s)");
        assertThat(kf5.server.getRequestCount()).isEqualTo(1);
    }

    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
