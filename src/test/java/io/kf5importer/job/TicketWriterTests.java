package io.kf5importer.job;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.kf5.Kf5Credentials;
import io.kf5importer.kf5.Kf5FatalException;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.RunHistory;
import io.kf5importer.mapping.TicketMarker;
import io.kf5importer.testing.TestPostgres;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A chunk's rows against a KF5 played by MockWebServer and a real ledger: what a failure every row shares leaves. */
class TicketWriterTests {

    static final String TARGET = TicketSenderTests.TARGET;

    final MockWebServer kf5 = new MockWebServer();
    Ledger ledger;
    Kf5Client client;
    RunTracker run;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        kf5.start(InetAddress.getByName("127.0.0.1"), 0);
        DataSource dataSource = TestPostgres.newDatabase().dataSource();
        ledger = new Ledger(dataSource, new DataSourceTransactionManager(dataSource));
        RunHistory history = new RunHistory(dataSource);
        run = new RunTracker(history, dir);
        run.begin(history.start("tickets.csv", "mapping.yml", TARGET));
        client = new Kf5Client(kf5.url("/").toString(), Kf5Credentials.withToken("agent@acme.example", "token"),
                new Kf5ClientSettings(60_000, 2, Duration.ofSeconds(2), Duration.ofSeconds(2), 3));
    }

    @AfterEach
    void stop() {
        run.end();
        client.close();
        kf5.close();
    }

    @Test
    void credentialsRefusedMidChunkLeaveOnlyTheRowsAlreadyStartedBeingSent() {
        kf5.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(401).body("{\"message\": \"invalid token\"}").build();
            }
        });
        Reconciler reconciler = new Reconciler(client, new TicketMarker("field_201", null), Duration.ofMillis(1));
        TicketSender sender = new TicketSender(client, ledger, reconciler, TARGET);
        List<PreparedRow> rows = IntStream.rangeClosed(1, 40).mapToObj(n -> TicketSenderTests.row("GD-" + n))
                .toList();

        try (TicketWriter writer = new TicketWriter(sender, run, new StopRequest(), 2)) {
            assertThatThrownBy(() -> writer.write(new Chunk<>(rows))).isInstanceOf(Kf5FatalException.class);
        }

        assertThat(kf5.getRequestCount()).as("creates tried").isLessThanOrEqualTo(4);
        assertThat(ledger.rowsInFlight(TARGET)).as("rows left being sent").hasSizeLessThanOrEqualTo(4);
    }
}
