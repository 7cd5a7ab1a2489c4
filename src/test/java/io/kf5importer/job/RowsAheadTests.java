package io.kf5importer.job;

import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rows read and prepared ahead of the step: order, end, a failure where it happened, and stopping. */
class RowsAheadTests {

    static final Path SOURCE = Path.of("sample-data/tickets.csv");

    final TicketMapper mapper = new TicketMapper(MappingConfig.load(Path.of("config/mapping.yml")), SOURCE);

    @Test
    void rowsComeOutInSourceOrderPreparedAsTheStepWouldThenTheEndForGood() throws Exception {
        List<SourceRecord> records = new ArrayList<>();
        try (SourceReader reader = open()) {
            SourceRecord record;
            while ((record = reader.read()) != null) {
                records.add(record);
            }
        }

        List<PreparedRow> rows = new ArrayList<>();
        try (SourceReader reader = open()) {
            RowsAhead ahead = RowsAhead.start(reader, this::prepare, 4);
            PreparedRow row;
            while ((row = ahead.next()) != null) {
                rows.add(row);
            }
            assertThat(ahead.next()).isNull();
            ahead.stop();
        }

        assertThat(rows).extracting(PreparedRow::rowNumber)
                .containsExactlyElementsOf(records.stream().map(SourceRecord::number).toList());
        assertThat(rows.get(0).mapped()).usingRecursiveComparison().isEqualTo(mapper.map(records.get(0)));
    }

    @Test
    void aFailureComesOutAfterTheRowsBeforeIt() throws Exception {
        try (SourceReader reader = open()) {
            Function<SourceRecord, PreparedRow> failingOnTheThird = record -> {
                if (record.number() == thirdRowNumber()) {
                    throw new IllegalStateException("cannot map row " + record.number());
                }
                return prepare(record);
            };
            RowsAhead ahead = RowsAhead.start(reader, failingOnTheThird, 10);

            assertThat(ahead.next()).isNotNull();
            assertThat(ahead.next()).isNotNull();
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot map row " + thirdRowNumber());
            assertThat(ahead.next()).isNull();
            ahead.stop();
        }
    }

    @Test
    void stoppingLeavesTheSourceWhileTheQueueIsFull() throws Exception {
        try (SourceReader reader = open()) {
            RowsAhead ahead = RowsAhead.start(reader, this::prepare, 2);
            PreparedRow first = ahead.next();

            ahead.stop();

            assertThat(first).isNotNull();
            assertThat(reader.read()).as("the source is still readable here, past the rows taken ahead").isNotNull();
        }
    }

    private long thirdRowNumber() {
        try (SourceReader reader = open()) {
            reader.read();
            reader.read();
            return reader.read().number();
        }
    }

    private PreparedRow prepare(SourceRecord record) {
        return new PreparedRow(mapper.map(record), "tickets.csv", record);
    }

    private static SourceReader open() {
        return SourceReaders.open(SOURCE, SourceOptions.defaults());
    }
}
