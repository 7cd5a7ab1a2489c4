package io.kf5importer.source.excel;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LargeXlsxTests {

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandRowSheetStreamsToItsLastRow() throws IOException {
        Path file = GeneratedTicketSheets.write(dir.resolve("large.xlsx"), 200_000);

        long count = 0;
        SourceRow first = null;
        SourceRow last = null;
        try (SourceReader reader = new XlsxSourceReader(file, SourceOptions.defaults())) {
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                last = (SourceRow) record;
                first = first == null ? last : first;
                count++;
            }
        }

        assertThat(count).isEqualTo(200_000);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.values()).containsExactly("1", "Ticket 1: cannot log in", "user1@example.com",
                "13800000001", "2024-01-01T00:00:00", "open");
        assertThat(last.number()).isEqualTo(200_001);
        assertThat(last.values()).containsExactly("200000", "Ticket 200000: cannot log in",
                "user200000@example.com", "13800200000", "2024-05-18T21:19:00", "closed");
    }

    @Test
    void sharedStringsOfAnotherWritersLargeSheetLineUpWithTheirCells() {
        Path file = GeneratedTicketSheets.writeWithSharedStrings(dir.resolve("shared.xlsx"), 1_000);

        var records = TestWorkbooks.readAll(new XlsxSourceReader(file, SourceOptions.defaults()));

        assertThat(records).hasSize(1_000);
        assertThat(TestWorkbooks.line(records.get(999))).isEqualTo("1001: [1000, Ticket 1000: cannot log in, "
                + "user1000@example.com, 13800001000, 2024-01-01T16:39:00, closed]");
    }
}
