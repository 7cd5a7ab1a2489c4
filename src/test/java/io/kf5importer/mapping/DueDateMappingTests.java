package io.kf5importer.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.mapper;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;

class DueDateMappingTests {

    private static final String TASK_DUE = """
            type: { column: 类型 }
            due_at:
              column: 截止时间
              format: ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd", "yyyy年M月d日"]
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({
            "2024-03-20 18:00:10, 2024-03-20 18:00:10",
            "2024-03-20 18:00,    2024-03-20 18:00:00",
            "2024-03-20T18:00:00, 2024-03-20 18:00:00",
            "2024-03-28,          2024-03-28 23:59:59",
            "2024年4月2日,          2024-04-02 23:59:59"})
    void dueDateIsReadWithTheDeclaredPatternsAndWrittenTheKf5Way(String cell, String sent) {
        TicketMapper mapper = mapper(folder, TASK_DUE);

        MappedRow mapped = mapper.map(ticketRow("类型", "task", "截止时间", cell));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().dueAt()).isEqualTo(sent);
    }

    @Test
    void dateOnlyValueTakesTheDeclaredTimeOfDay() {
        TicketMapper mapper = mapper(folder, TASK_DUE + "  date_only_time: \"00:00:00\"");

        MappedRow mapped = mapper.map(ticketRow("类型", "task", "截止时间", "2024-03-28"));

        assertThat(mapped.ticket().dueAt()).isEqualTo("2024-03-28 00:00:00");
    }

    @Test
    void sourceZoneIsConvertedIntoTheKf5Zone() {
        TicketMapper mapper = mapper(folder, TASK_DUE + "  zone: Europe/Berlin");

        MappedRow mapped = mapper.map(ticketRow("类型", "task", "截止时间", "2024-03-20 11:00"));

        assertThat(mapped.ticket().dueAt()).isEqualTo("2024-03-20 18:00:00");
    }

    @Test
    void patternWithAnOffsetOverridesTheSourceZone() {
        TicketMapper mapper = mapper(folder, """
                type: { value: task }
                due_at: { column: 截止时间, format: "yyyy-MM-dd HH:mm:ss Z", zone: UTC }
                """);

        MappedRow mapped = mapper.map(ticketRow("截止时间", "2016-07-28 20:44:08 +0900"));

        assertThat(mapped.ticket().dueAt()).isEqualTo("2016-07-28 19:44:08");
    }

    @Test
    void cellInAnUndeclaredFormatIsRejectedListingThePatterns() {
        TicketMapper mapper = mapper(folder, TASK_DUE);

        MappedRow mapped = mapper.map(ticketRow("类型", "task", "截止时间", "03/04/2024"));

        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("截止时间");
            assertThat(problem.message()).contains("not a date in a declared format")
                    .contains("yyyy-MM-dd HH:mm:ss | yyyy-MM-dd HH:mm");
        });
    }

    @Test
    void cellTwoPatternsReadDifferentlyIsRejectedAsAmbiguous() {
        TicketMapper mapper = mapper(folder, """
                type: { value: task }
                due_at: { column: 截止时间, format: ["dd/MM/yyyy", "MM/dd/yyyy"] }
                """);

        MappedRow ambiguous = mapper.map(ticketRow("截止时间", "03/04/2024"));
        MappedRow clear = mapper.map(ticketRow("截止时间", "25/04/2024"));

        assertThat(ambiguous.problems()).singleElement().asString().contains("ambiguous date")
                .contains("'dd/MM/yyyy' reads 2024-04-03 23:59:59").contains("'MM/dd/yyyy' reads 2024-03-04 23:59:59");
        assertThat(clear.ticket().dueAt()).isEqualTo("2024-04-25 23:59:59");
    }

    @Test
    void impossibleDateIsRejected() {
        TicketMapper mapper = mapper(folder, TASK_DUE);

        MappedRow mapped = mapper.map(ticketRow("类型", "task", "截止时间", "2024-02-30 18:00"));

        assertThat(mapped.problems()).singleElement().asString().contains("no such date").contains("FEBRUARY 30");
    }

    @Test
    void dueDateOnAnotherTypeIsLeftOutWithAWarning() {
        TicketMapper mapper = mapper(folder, TASK_DUE);

        MappedRow mapped = mapper.map(ticketRow("类型", "incident", "截止时间", "2024-03-08 09:00"));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().dueAt()).isNull();
        assertThat(mapped.warnings()).singleElement().asString()
                .isEqualTo("column '截止时间': due_at '2024-03-08 09:00:00' left out — KF5 uses it only on task "
                        + "tickets, and this ticket's type is 'incident'");
    }

    @Test
    void emptyDueDateIsLeftOutQuietly() {
        TicketMapper mapper = mapper(folder, TASK_DUE);

        MappedRow mapped = mapper.map(ticketRow("类型", "question", "截止时间", ""));

        assertThat(mapped.ticket().dueAt()).isNull();
        assertThat(mapped.warnings()).isEmpty();
    }
}
