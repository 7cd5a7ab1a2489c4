package io.kf5importer.job;

import io.kf5importer.kf5.Comment;
import io.kf5importer.kf5.CustomFieldValue;
import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.kf5.Kf5Credentials;
import io.kf5importer.kf5.Kf5FatalException;
import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.ledger.RowState;
import io.kf5importer.ledger.RunHistory;
import io.kf5importer.mapping.AttachmentFile;
import io.kf5importer.mapping.MappedRow;
import io.kf5importer.mapping.TicketMarker;
import io.kf5importer.testing.TestPostgres;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What one row meets on its way to exactly one ticket, against a KF5 played by MockWebServer (answers in the order
 * enqueued) and a real ledger in PostgreSQL: each failure class, reconciliation, and attachment tokens.
 */
class TicketSenderTests {

    static final String TARGET = "https://acme.kf5.com";
    static final long RUN = 1;

    final MockWebServer kf5 = new MockWebServer();
    final List<Kf5Client> clients = new ArrayList<>();
    Ledger ledger;
    TicketSender sender;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        kf5.start(InetAddress.getByName("127.0.0.1"), 0);
        DataSource dataSource = TestPostgres.newDatabase().dataSource();
        ledger = new Ledger(dataSource, new DataSourceTransactionManager(dataSource));
        new RunHistory(dataSource).start("tickets.csv", "mapping.yml", TARGET);
        sender = senderTo(kf5.url("/").toString());
    }

    @AfterEach
    void stop() {
        clients.forEach(Kf5Client::close);
        kf5.close();
    }

    @Test
    void transientFailuresAreRetriedThenTheRowFailsWithTheLastReasonAndIsSentOnTheNextRun() throws Exception {
        answer(503, "{\"message\": \"maintenance\"}");
        answer(503, "{\"message\": \"maintenance\"}");
        answer(503, "{\"message\": \"maintenance\"}");
        PreparedRow row = row("GD-1");

        RowOutcome failed = sender.send(row, RUN);
        answer(201, "{\"ticket\": {\"id\": 1001}}");
        RowOutcome again = sender.send(row, RUN);

        assertThat(failed.result()).isEqualTo(RowOutcome.Result.FAILED);
        assertThat(failed.message()).contains("3 attempt(s)", "503", "maintenance");
        assertThat(again.result()).isEqualTo(RowOutcome.Result.CREATED);
        assertThat(again.ticketId()).isEqualTo(1001);
        assertThat(kf5.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aValidationRefusalFailsTheRowWithKf5sMessageAndIsNotRetried() {
        answer(422, "{\"error\": \"invalid_field\", \"field\": \"ticket.priority\","
                + " \"message\": \"priority must be one of low, medium, high, urgent, got 'p1'\"}");

        RowOutcome outcome = sender.send(row("GD-2"), RUN);

        assertThat(outcome.result()).isEqualTo(RowOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("HTTP 422", "priority must be one of low, medium, high, urgent");
        assertThat(ledger.find(TARGET, "GD-2").orElseThrow().state()).isEqualTo(RowState.FAILED);
        assertThat(kf5.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aCreateWhoseAnswerIsLostIsLeftBeingSentAndSettledByTheTicketKf5Made() throws Exception {
        kf5.enqueue(json(201, "{\"ticket\": {\"id\": 1003}}").onResponseStart(new SocketEffect.CloseSocket()).build());
        PreparedRow row = row("GD-3");

        RowOutcome lost = sender.send(row, RUN);
        answer(200, "{\"tickets\": [" + ticketJson(1003, "GD-3") + "], \"next_page\": null}");
        RowOutcome settled = sender.settle(row, Instant.now(), RUN);

        assertThat(lost.result()).isEqualTo(RowOutcome.Result.UNCERTAIN);
        assertThat(settled.result()).isEqualTo(RowOutcome.Result.CREATED);
        assertThat(settled.ticketId()).isEqualTo(1003);
        assertThat(ledger.find(TARGET, "GD-3").orElseThrow().ticketId()).isEqualTo(1003);
        assertThat(requestLines()).containsExactly("POST /apiv2/tickets.json",
                "GET /apiv2/tickets/search.json?fieldvalue=GD-3&per_page=100");
    }

    @Test
    void aCreateWhoseAnswerIsLostAndThatKf5DidNotMakeIsSentAgainAfterTheSearch() throws Exception {
        kf5.enqueue(json(201, "{}").onResponseStart(new SocketEffect.CloseSocket()).build());
        PreparedRow row = row("GD-4");

        sender.send(row, RUN);
        answer(200, "{\"tickets\": [" + ticketJson(1009, "GD-40") + "], \"next_page\": null}");
        answer(200, "{\"tickets\": [], \"next_page\": null}");
        answer(201, "{\"ticket\": {\"id\": 1010}}");
        RowOutcome settled = sender.settle(row, Instant.now(), RUN);

        assertThat(settled.ticketId()).isEqualTo(1010);
        assertThat(requestLines()).hasSize(4).startsWith("POST /apiv2/tickets.json").endsWith(
                "POST /apiv2/tickets.json");
        assertThat(ledger.find(TARGET, "GD-4").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aRowAnEarlierRunLeftBeingSentWaitsForTheSettleStepInsteadOfBeingSent() {
        ledger.claim(TARGET, "GD-5", "tickets.csv", 5, "sha", RUN);

        RowOutcome outcome = sender.send(row("GD-5"), RUN);

        assertThat(outcome.result()).isEqualTo(RowOutcome.Result.UNCERTAIN);
        assertThat(kf5.getRequestCount()).isZero();
    }

    @Test
    void aSearchThatFailsLeavesTheRowUncertainRatherThanSendingIt() {
        ledger.claim(TARGET, "GD-6", "tickets.csv", 6, "sha", RUN);
        answer(503, "{}");
        answer(503, "{}");
        answer(503, "{}");

        RowOutcome outcome = sender.settle(row("GD-6"), Instant.now(), RUN);

        assertThat(outcome.result()).isEqualTo(RowOutcome.Result.UNCERTAIN);
        assertThat(outcome.message()).contains("could not be searched");
        assertThat(ledger.find(TARGET, "GD-6").orElseThrow().state()).isEqualTo(RowState.SENDING);
    }

    @Test
    void theRowsOfASettleRoundShareOneListingOfTheTicketsCreatedSinceTheEarliestSend() throws Exception {
        List<UnsettledRow> rows = new ArrayList<>();
        // Sent in the reverse of the order settled: a listing from the first row's send would not cover the others.
        List<Instant> sends = new ArrayList<>();
        for (String key : List.of("GD-14", "GD-13", "GD-12", "GD-11")) {
            sends.add(ledger.claim(TARGET, key, "tickets.csv", Long.parseLong(key.substring(3)), "sha", RUN)
                    .orElseThrow().sentAt());
            rows.add(0, new UnsettledRow(row(key), Instant.now()));
        }
        // Each claim commits on its own, so PostgreSQL's now() (microseconds) already tells the sends apart.
        assertThat(sends).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
        // KF5 made GD-12's ticket, but its marker search misses it (an index lagging behind): only the listing has it.
        AtomicLong nextId = new AtomicLong(2001);
        kf5.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                if (target.startsWith("/apiv2/tickets/search.json")) {
                    return json(200, "{\"tickets\": [], \"next_page\": null}").build();
                }
                if (request.getMethod().equals("GET") && target.startsWith("/apiv2/tickets.json")) {
                    return json(200, "{\"tickets\": [" + ticketJson(1012, "GD-120") + ", " + ticketJson(1013, "GD-12")
                            + "], \"next_page\": null}").build();
                }
                return json(201, "{\"ticket\": {\"id\": " + nextId.getAndIncrement() + "}}").build();
            }
        });

        long listFrom = ledger.find(TARGET, "GD-14").orElseThrow().sentAt().minusSeconds(600).getEpochSecond();
        Reconciler.Round round = sender.settleRound(rows);
        List<RowOutcome> settled = new ArrayList<>();
        for (UnsettledRow unsettled : rows) {
            settled.add(sender.settle(unsettled.row(), unsettled.since(), RUN, round));
        }

        List<String> lines = requestLines();
        assertThat(settled).extracting(RowOutcome::ticketId).containsExactly(2001L, 1013L, 2002L, 2003L);
        assertThat(lines.get(1)).isEqualTo("GET /apiv2/tickets.json?created_start=" + listFrom + "&per_page=100");
        assertThat(ledger.find(TARGET, "GD-12").orElseThrow().attempts()).isEqualTo(1);
        assertThat(lines).filteredOn(line -> line.startsWith("GET /apiv2/tickets/search.json")).hasSize(4);
        assertThat(lines).filteredOn(line -> line.startsWith("GET /apiv2/tickets.json")).hasSize(1);
        assertThat(lines).filteredOn(line -> line.startsWith("POST /apiv2/tickets.json")).hasSize(3);
        assertThat(lines).hasSize(8);
    }

    @Test
    void aFailureEveryRowWouldShareStopsTheRunAndLeavesTheRowToBeReconciled() {
        answer(401, "{\"message\": \"unauthorized\"}");

        assertThatThrownBy(() -> sender.send(row("GD-7"), RUN)).isInstanceOf(Kf5FatalException.class)
                .hasMessageContaining("refused the credentials");
        assertThat(ledger.find(TARGET, "GD-7").orElseThrow().state()).isEqualTo(RowState.SENDING);
    }

    @Test
    void attachmentTokensAreKeptAndReusedWhenTheCreateIsSentAgain() throws Exception {
        PreparedRow row = row("GD-8", attachment("log.txt"));
        answer(201, "{\"attachment\": {\"token\": \"t-kept\"}}");
        answer(503, "{}");
        answer(503, "{}");
        answer(503, "{}");

        RowOutcome failed = sender.send(row, RUN);
        answer(201, "{\"ticket\": {\"id\": 1008}}");
        RowOutcome created = sender.send(row, RUN);

        assertThat(failed.result()).isEqualTo(RowOutcome.Result.FAILED);
        assertThat(created.ticketId()).isEqualTo(1008);
        List<RecordedRequest> requests = requests();
        assertThat(requests).filteredOn(request -> request.getUrl().encodedPath().equals("/apiv2/attachments.json"))
                .hasSize(1);
        assertThat(requests.get(requests.size() - 1).getBody().utf8()).contains("\"uploads\":[\"t-kept\"]");
    }

    @Test
    void refusedAttachmentTokensAreUploadedAgainOnceAndTheCreateRetried() throws Exception {
        PreparedRow row = row("GD-9", attachment("log.txt"));
        answer(201, "{\"attachment\": {\"token\": \"t-old\"}}");
        answer(422, "{\"error\": \"invalid_field\", \"field\": \"ticket.comment.uploads[0]\", \"message\":"
                + " \"attachment token 't-old' is already bound to ticket 1001; a token binds once\"}");
        answer(201, "{\"attachment\": {\"token\": \"t-new\"}}");
        answer(201, "{\"ticket\": {\"id\": 1011}}");

        RowOutcome outcome = sender.send(row, RUN);

        assertThat(outcome.ticketId()).isEqualTo(1011);
        List<RecordedRequest> requests = requests();
        assertThat(requests.get(3).getBody().utf8()).contains("\"uploads\":[\"t-new\"]");
        LedgerRow kept = ledger.find(TARGET, "GD-9").orElseThrow();
        assertThat(kept.attachmentTokens()).containsExactly("t-new");
    }

    @Test
    void anAttachmentThatCannotBeReadWhenSentFailsItsRowOnly() throws Exception {
        PreparedRow row = row("GD-10", new AttachmentFile("gone.pdf", dir.resolve("gone.pdf")));

        RowOutcome outcome = sender.send(row, RUN);

        assertThat(outcome.result()).isEqualTo(RowOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("gone.pdf", "cannot read attachment");
        assertThat(kf5.getRequestCount()).isZero();
    }

    @Test
    void aChunkIsWrittenAheadTogetherAndItsTicketsRecordedWhenItsClaimCloses() throws Exception {
        answer(201, "{\"ticket\": {\"id\": 1001}}");
        sender.send(row("GD-1"), RUN);
        answer(201, "{\"ticket\": {\"id\": 1002}}");
        List<PreparedRow> chunk = List.of(row("GD-1"), row("GD-2"), row("GD-3"));

        List<RowOutcome> outcomes = new ArrayList<>();
        try (ChunkClaim claim = sender.claimChunk(chunk, RUN)) {
            assertThat(ledger.find(TARGET, "GD-3").orElseThrow().state()).isEqualTo(RowState.SENDING);
            outcomes.add(claim.send(chunk.get(1)));
            assertThat(ledger.find(TARGET, "GD-2").orElseThrow().state()).isEqualTo(RowState.SENDING);
            outcomes.add(claim.send(chunk.get(0)));
        }

        assertThat(outcomes).extracting(RowOutcome::result).containsExactly(RowOutcome.Result.CREATED,
                RowOutcome.Result.SKIPPED);
        assertThat(ledger.find(TARGET, "GD-2").orElseThrow().ticketId()).isEqualTo(1002);
        assertThat(ledger.find(TARGET, "GD-3")).as("never sent: claim taken back").isEmpty();
        assertThat(requestLines()).containsExactly("POST /apiv2/tickets.json", "POST /apiv2/tickets.json");
    }

    @Test
    void aCreateSentFromAChunkClaimCarriesTheSameBodyAsOneSentAlone() throws Exception {
        answer(201, "{\"ticket\": {\"id\": 1001}}");
        answer(201, "{\"ticket\": {\"id\": 1002}}");
        sender.send(row("GD-1"), RUN);
        try (ChunkClaim claim = sender.claimChunk(List.of(row("GD-2")), RUN)) {
            claim.send(row("GD-2"));
        }

        List<RecordedRequest> sent = requests();
        assertThat(sent.get(1).getBody().utf8().replace("GD-2", "GD-1")).isEqualTo(sent.get(0).getBody().utf8());
        assertThat(sent.get(0).getBody().utf8()).startsWith("{\"ticket\":{\"title\":\"Printer error GD-1\"");
    }

    private TicketSender senderTo(String url) {
        Kf5ClientSettings settings = new Kf5ClientSettings(60_000, 2, Duration.ofSeconds(2), Duration.ofSeconds(2), 3)
                .withRetryDelays(Duration.ofMillis(1), Duration.ofMillis(5));
        Kf5Client client = new Kf5Client(url, Kf5Credentials.withToken("agent@acme.example", "token"), settings);
        clients.add(client);
        Reconciler reconciler = new Reconciler(client, new TicketMarker("field_201", null), Duration.ofMillis(1));
        return new TicketSender(client, ledger, reconciler, TARGET);
    }

    private AttachmentFile attachment(String name) throws IOException {
        return new AttachmentFile(name, Files.writeString(dir.resolve(name), "printer log"));
    }

    static PreparedRow row(String key, AttachmentFile... attachments) {
        TicketRequest ticket = new TicketRequest("Printer error " + key, new Comment("E-203", null, true, null), null,
                null, null, null, null, null, null, null, null, null, null,
                List.of(new CustomFieldValue("field_201", key)), null);
        long number = Long.parseLong(key.replaceAll("\\D", ""));
        return new PreparedRow(new MappedRow(number, key, ticket, List.of(attachments), List.of(), List.of()),
                "tickets.csv");
    }

    private static String ticketJson(long id, String key) {
        return "{\"id\": " + id + ", \"custom_fields\": [{\"name\": \"field_201\", \"value\": \"" + key + "\"}]}";
    }

    private void answer(int status, String body) {
        kf5.enqueue(json(status, body).build());
    }

    private static MockResponse.Builder json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body);
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        RecordedRequest request;
        while ((request = kf5.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            requests.add(request);
        }
        return requests;
    }

    private List<String> requestLines() throws InterruptedException {
        return requests().stream().map(request -> request.getMethod() + " " + request.getTarget()).toList();
    }
}
