package io.kf5importer.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.mapper;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;

class ListSeparatorTests {

    @TempDir
    Path folder;

    @Test
    void separatorsOfSeveralCharactersCutWhereverTheyStart() {
        TicketMapper mapper = mapper(folder, "tags: { column: 标签, split: [\" / \", \"；\"] }");

        MappedRow mapped = mapper.map(ticketRow("标签", "物流 / 退款；发票 /  / 售后"));

        assertThat(mapped.ticket().tags()).containsExactly("物流", "退款", "发票", "售后");
    }

    @Test
    void whereTwoSeparatorsStartAtOnePlaceTheFirstGivenCuts() {
        TicketMapper longFirst = mapper(folder, "tags: { column: 标签, split: [\"->\", \"-\"] }");
        TicketMapper shortFirst = mapper(folder, "tags: { column: 标签, split: [\"-\", \"->\"] }");

        MappedRow cutByArrow = longFirst.map(ticketRow("标签", "a->b-c"));
        MappedRow cutByDash = shortFirst.map(ticketRow("标签", "a->b-c"));

        assertThat(cutByArrow.ticket().tags()).containsExactly("a", "b", "c");
        assertThat(cutByDash.ticket().tags()).containsExactly("a", ">b", "c");
    }

    @Test
    void theLeftmostSeparatorCutsWhicheverIsGivenFirst() {
        TicketMapper mapper = mapper(folder, "tags: { column: 标签, split: [\"bc\", \"ab\", \"；\"] }");

        MappedRow mapped = mapper.map(ticketRow("标签", "xabcx；bcab；；y"));

        assertThat(mapped.ticket().tags()).containsExactly("x", "cx", "y");
    }
}
