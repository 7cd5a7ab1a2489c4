package io.kf5importer.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.mapper;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChoiceMappingTests {

    private static final String STATUS = """
            status:
              column: 状态
              map: { 待处理: new, 处理中: open, 已解决: Solved, Pending Customer: pending }
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"待处理, new", "' 处理中 ', open", "已解决, solved", "pending customer, pending", "PENDING CUSTOMER, pending",
            "Closed, closed", "open, open"})
    void mapKeysAndKf5WordsMatchIgnoringCaseAndBlanks(String cell, String sent) {
        TicketMapper mapper = mapper(folder, STATUS);

        MappedRow mapped = mapper.map(ticketRow("状态", cell));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().status()).isEqualTo(sent);
    }

    @Test
    void unknownWordIsRejectedListingEveryAcceptedValue() {
        TicketMapper mapper = mapper(folder, STATUS);

        MappedRow mapped = mapper.map(ticketRow("状态", "挂起"));

        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("状态");
            assertThat(problem.value()).isEqualTo("挂起");
            assertThat(problem.message()).contains("待处理, 处理中, 已解决, Pending Customer (mapped)")
                    .contains("new, open, pending, solved, closed");
        });
    }

    @Test
    void unknownWordTakesTheDeclaredFallbackWithAWarning() {
        TicketMapper mapper = mapper(folder, STATUS.replace("map:", "unmapped: open\n  map:"));

        MappedRow mapped = mapper.map(ticketRow("状态", "挂起"));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().status()).isEqualTo("open");
        assertThat(mapped.warnings()).singleElement().asString().contains("挂起").contains("'open'");
    }

    @Test
    void emptyCellSendsTheDefaultOrLeavesTheFieldOut() {
        TicketMapper withDefault = mapper(folder, "priority: { column: 优先级, map: { 高: high }, default: medium }");
        TicketMapper withoutDefault = mapper(folder, "priority: { column: 优先级 }");

        MappedRow defaulted = withDefault.map(ticketRow("优先级", ""));
        MappedRow leftOut = withoutDefault.map(ticketRow("优先级", " "));

        assertThat(defaulted.ticket().priority()).isEqualTo("medium");
        assertThat(leftOut.problems()).isEmpty();
        assertThat(leftOut.ticket().priority()).isNull();
    }

    @Test
    void constantIsSentForEveryRow() {
        TicketMapper mapper = mapper(folder, "type: { value: Task }");

        MappedRow mapped = mapper.map(ticketRow());

        assertThat(mapped.ticket().type()).isEqualTo("task");
    }

    @Test
    void typeAndPriorityAcceptOnlyTheirOwnWords() {
        TicketMapper mapper = mapper(folder, "type: { column: 类型 }\npriority: { column: 优先级 }");

        MappedRow mapped = mapper.map(ticketRow("类型", "urgent", "优先级", "task"));

        assertThat(mapped.problems()).extracting(RowProblem::column).containsExactly("类型", "优先级");
        assertThat(mapped.problems().get(0).message()).contains("problem, incident, question, task");
        assertThat(mapped.problems().get(1).message()).contains("low, medium, high, urgent");
    }

    @Test
    void unmappedTakesRejectOrAKf5Word() {
        String yaml = MappingFixtures.MINIMAL + "  status: { column: 状态, unmapped: keep }\n";

        assertThatThrownBy(() -> MappingFixtures.load(folder, yaml)).hasMessageContaining(
                "setting 'ticket.status.unmapped': 'keep' is not a choice here; expected reject (the row is refused) "
                        + "or the KF5 value to send instead: new, open, pending, solved, closed");
    }
}
