package io.kf5importer.kf5;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static io.kf5importer.kf5.Kf5ClientRequestTests.ticket;
import static org.assertj.core.api.Assertions.assertThat;

class Kf5ClientConcurrencyTests {

    private final MockKf5 kf5 = new MockKf5();

    private final ExecutorService writers = Executors.newFixedThreadPool(6);

    Kf5ClientConcurrencyTests() throws IOException {
    }

    @AfterEach
    void stop() {
        writers.shutdownNow();
        kf5.close();
    }

    @Test
    void writerThreadsShareTheClientWithinTheConcurrencyBound() {
        InFlightCounter server = new InFlightCounter(MockKf5.SETTINGS.concurrency());
        kf5.server.setDispatcher(server);
        Kf5Client client = kf5.client();

        List<CompletableFuture<CreatedTicket>> creates = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.createTicket(ticket("T" + i)), writers))
                .toList();
        List<Long> ids = creates.stream().map(CompletableFuture::join).map(CreatedTicket::id).toList();

        assertThat(ids).doesNotHaveDuplicates().hasSize(6);
        assertThat(server.mostInFlight.get()).isEqualTo(MockKf5.SETTINGS.concurrency());
        assertThat(client.statistics().requestsByKind()).containsEntry(RequestKind.TICKET_CREATE, 6L);
    }

    /**
     * Holds each request until {@code concurrency} of them are in the server together, then answers them: more in
     * flight at once than the bound would show in {@code mostInFlight}.
     */
    private static final class InFlightCounter extends Dispatcher {

        private final CyclicBarrier together;

        private final AtomicInteger inFlight = new AtomicInteger();

        private final AtomicInteger mostInFlight = new AtomicInteger();

        private final AtomicInteger nextId = new AtomicInteger(100);

        InFlightCounter(int concurrency) {
            this.together = new CyclicBarrier(concurrency);
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                together.await(10, TimeUnit.SECONDS);
            } catch (BrokenBarrierException | TimeoutException e) {
                return MockKf5.json(400, "{\"message\": \"requests did not arrive together\"}").build();
            }
            inFlight.decrementAndGet();
            return MockKf5.json(201, "{\"ticket\": {\"id\": " + nextId.getAndIncrement() + "}}").build();
        }
    }
}
