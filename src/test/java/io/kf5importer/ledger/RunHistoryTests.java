package io.kf5importer.ledger;

import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunHistoryTests {

    private RunHistory history;

    @BeforeEach
    void newDatabase() {
        history = new RunHistory(TestPostgres.newDatabase().dataSource());
    }

    @Test
    void countsAddUpWhileTheRunGoesOn() {
        long run = history.start("/data/tickets.csv", "/config/mapping.yml", "http://127.0.0.1:1");

        history.add(run, new RunCounts(10, 7, 1, 2, 0));
        history.add(run, new RunCounts(5, 4, 0, 0, 1));

        ImportRun found = history.find(run).orElseThrow();
        assertThat(found.state()).isEqualTo("STARTED");
        assertThat(found.counts()).isEqualTo(new RunCounts(15, 11, 1, 2, 1));
    }

    @Test
    void theLastJobExecutionOfTheSameFileMappingAndAccountIsFound() {
        long first = history.start("/data/tickets.csv", "/config/mapping.yml", "http://127.0.0.1:1");
        history.attachJobExecution(first, 7);
        long other = history.start("/data/other.csv", "/config/mapping.yml", "http://127.0.0.1:1");
        history.attachJobExecution(other, 8);

        assertThat(history.lastJobExecutionFor("/data/tickets.csv", "/config/mapping.yml", "http://127.0.0.1:1"))
                .contains(7L);
        assertThat(history.lastJobExecutionFor("/data/tickets.csv", "/config/mapping.yml", "http://other"))
                .isEmpty();
    }

    @Test
    void aRunLeftStartedByAKilledProcessIsMarkedKilled() {
        long run = history.start("/data/tickets.csv", "/config/mapping.yml", "http://127.0.0.1:1");
        history.attachJobExecution(run, 7);

        history.markKilled(7);

        assertThat(history.find(run).orElseThrow().state()).isEqualTo("KILLED");
    }
}
