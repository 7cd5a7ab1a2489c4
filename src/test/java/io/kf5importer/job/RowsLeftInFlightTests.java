package io.kf5importer.job;

import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.kf5.Kf5Credentials;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.RunHistory;
import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows an earlier run left being sent, in chunks a restart does not read again, are found again in the source. */
class RowsLeftInFlightTests {

    static final Path SOURCE = Path.of("sample-data/tickets.csv");
    static final String TARGET = "http://127.0.0.1:1";

    @TempDir
    Path reports;

    Ledger ledger;
    RowsLeftInFlight leftInFlight;
    long runId;

    @BeforeEach
    void start() {
        DataSource dataSource = TestPostgres.newDatabase().dataSource();
        ledger = new Ledger(dataSource, new DataSourceTransactionManager(dataSource));
        RunHistory history = new RunHistory(dataSource);
        runId = history.start(SOURCE.toString(), "config/mapping.yml", TARGET);
        ImportRequest request = new ImportRequest(SOURCE, Path.of("config/mapping.yml"), SourceOptions.defaults(),
                TARGET, Kf5Credentials.withToken("agent@example.com", "sandbox"), Kf5ClientSettings.defaults(), 50,
                Duration.ofSeconds(1));
        ProblemLinks links = new ProblemLinks(ledger, TARGET);
        RowProcessor processor = new RowProcessor(new TicketMapper(MappingConfig.load(request.mappingFile()), SOURCE),
                "tickets.csv", links, new RunTracker(history, reports));
        leftInFlight = new RowsLeftInFlight(ledger, request, processor, links);
    }

    @Test
    void rowsLeftBeingSentAreReadAgainByRowNumberExceptThoseInHandOrNoLongerThere() {
        List<SourceRecord> records = sampleRecords();
        SourceRecord third = records.get(2);
        SourceRecord seventh = records.get(6);
        SourceRecord tenth = records.get(9);
        ledger.claim(TARGET, "GD202403-003", "tickets.csv", third.number(), "sha", runId);
        ledger.claim(TARGET, "GD202403-007", "tickets.csv", seventh.number(), "sha", runId);
        ledger.claim(TARGET, "key-that-moved", "tickets.csv", tenth.number(), "sha", runId);
        ledger.claim(TARGET, "GD202403-003", "other.csv", 4, "sha", runId);
        ledger.claim("https://other.kf5.com", "GD202403-005", "tickets.csv", records.get(4).number(), "sha", runId);

        List<PreparedRow> rows = leftInFlight.read(Set.of("GD202403-007"));

        assertThat(rows).extracting(PreparedRow::key).containsExactly("GD202403-003");
        assertThat(rows.get(0).rowNumber()).isEqualTo(third.number());
        assertThat(rows.get(0).mapped().ticket()).isNotNull();
    }

    @Test
    void nothingLeftBeingSentReadsNothing() {
        assertThat(leftInFlight.read(Set.of())).isEmpty();
    }

    private static List<SourceRecord> sampleRecords() {
        List<SourceRecord> records = new ArrayList<>();
        try (SourceReader reader = SourceReaders.open(SOURCE, SourceOptions.defaults())) {
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
        }
        return records;
    }
}
