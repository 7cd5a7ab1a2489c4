package io.kf5importer.mapping;

import io.kf5importer.source.UnreadableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.mapper;
import static org.assertj.core.api.Assertions.assertThat;

/** A row the reader could not read is mapped to a rejection carrying the reader's reason. */
class UnreadableRowMappingTests {

    @TempDir
    Path folder;

    @Test
    void anUnreadableRowIsRejectedWithTheReadersReasonAndKeyedByFileAndRow() {
        UnreadableRow unreadable = new UnreadableRow(12, null, null, "row 12 has 4 cells, the header has 3 columns");

        MappedRow mapped = mapper(folder, "").map(unreadable);

        assertThat(mapped.isRejected()).isTrue();
        assertThat(mapped.rowNumber()).isEqualTo(12);
        assertThat(mapped.key()).isEqualTo("tickets.csv#12");
        assertThat(mapped.rejectionReason()).isEqualTo("row 12 has 4 cells, the header has 3 columns");
    }
}
