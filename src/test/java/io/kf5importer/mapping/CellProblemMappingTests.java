package io.kf5importer.mapping;

import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.kf5importer.mapping.MappingFixtures.mapper;
import static org.assertj.core.api.Assertions.assertThat;

/** An Excel error cell rejects its row only when the mapping reads it. */
class CellProblemMappingTests {

    private static final SourceHeader HEADER = new SourceHeader(List.of("标题", "描述", "金额"));

    @TempDir
    Path folder;

    @Test
    void anErrorInAColumnTheMappingDoesNotReadLeavesTheRowAlone() {
        SourceRow row = new SourceRow(6, HEADER, List.of("打印机报错", "卡纸", "#DIV/0!"),
                Map.of(2, "cell C6 holds the Excel error #DIV/0!"));

        MappedRow mapped = mapper(folder, "").map(row);

        assertThat(mapped.isRejected()).isFalse();
        assertThat(mapped.ticket().title()).isEqualTo("打印机报错");
    }

    @Test
    void anErrorInAColumnTheMappingReadsRejectsTheRowNamingTheCell() {
        SourceRow row = new SourceRow(6, HEADER, List.of("#N/A", "卡纸", ""),
                Map.of(0, "cell A6 holds the Excel error #N/A"));

        MappedRow mapped = mapper(folder, "").map(row);

        assertThat(mapped.isRejected()).isTrue();
        assertThat(mapped.rejectionReason()).contains("column '标题'", "cell A6 holds the Excel error #N/A");
    }
}
