package io.kf5importer.mapping;

import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.kf5importer.mapping.MappingFixtures.load;
import static io.kf5importer.mapping.MappingFixtures.mapper;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;

class IdAndListMappingTests {

    @TempDir
    Path folder;

    @Test
    void tagsAreSplitOnLiteralSeparatorsStrippedAndDeduplicated() {
        TicketMapper mapper = mapper(folder, "tags: { column: 标签, split: [\";\", \"、\"] }");

        MappedRow mapped = mapper.map(ticketRow("标签", " 退货;退款、售后 ;; 退款 "));

        assertThat(mapped.ticket().tags()).containsExactly("退货", "退款", "售后");
    }

    @Test
    void tagsComeFromSeveralColumnsAfterTheConstants() {
        TicketMapper mapper = mapper(folder, "tags: { column: [标签, 产品], split: \";\", value: [迁移导入] }");

        MappedRow mapped = mapper.map(ticketRow("标签", "发票;App", "产品", "App"));

        assertThat(mapped.ticket().tags()).containsExactly("迁移导入", "发票", "App");
    }

    @Test
    void tagsSplitOnARegularExpression() {
        TicketMapper mapper = mapper(folder, "tags: { column: Tags, split_regex: \"\\\\s+\" }");

        MappedRow mapped = mapper.map(ticketRow("Tags", "vip  refund\tdelivery"));

        assertThat(mapped.ticket().tags()).containsExactly("vip", "refund", "delivery");
    }

    @Test
    void repeatedHeaderGivesEveryCellToTheList() {
        TicketMapper mapper = mapper(folder, "tags: { column: Labels }");
        SourceRow row = new SourceRow(3, new SourceHeader(List.of("标题", "描述", "Labels", "Labels", "Labels")),
                List.of("t", "d", "billing", "", "vip"));

        MappedRow mapped = mapper.map(row);

        assertThat(mapped.ticket().tags()).containsExactly("billing", "vip");
    }

    @Test
    void emptyTagCellsLeaveTagsOut() {
        TicketMapper mapper = mapper(folder, "tags: { column: 标签, split: \";\" }");

        MappedRow mapped = mapper.map(ticketRow("标签", " ; "));

        assertThat(mapped.ticket().tags()).isNull();
    }

    @Test
    void idsComeFromNumericColumnsOrConstants() {
        TicketMapper mapper = mapper(folder, """
                assignee_id: { column: 处理人ID }
                group_id: { value: 1001 }
                template_id: { value: 12 }
                collaborator_ids: { column: 抄送, split: [",", ";"] }
                """);

        MappedRow mapped = mapper.map(ticketRow("处理人ID", " 563265 ", "抄送", "60058513; 60058514,60058513"));

        assertThat(mapped.ticket().assigneeId()).isEqualTo(563265L);
        assertThat(mapped.ticket().groupId()).isEqualTo(1001L);
        assertThat(mapped.ticket().templateId()).isEqualTo(12L);
        assertThat(mapped.ticket().collaboratorIds()).containsExactly(60058513L, 60058514L);
    }

    @Test
    void nameInAnIdColumnIsAProblemWithoutALookup() {
        TicketMapper mapper = mapper(folder, "assignee_id: { column: 处理人 }\ncollaborator_ids: { column: 抄送 }");

        MappedRow mapped = mapper.map(ticketRow("处理人", "老王", "抄送", "-5"));

        assertThat(mapped.problems()).extracting(RowProblem::value).containsExactly("老王", "-5");
        assertThat(mapped.problems().get(0).message()).contains("positive whole number")
                .contains("names are not looked up");
    }

    @Test
    void nameInAnIdColumnIsResolvedByTheLookup() {
        MappingConfig mapping = load(folder, MappingFixtures.MINIMAL + """
                  assignee_id: { column: 处理人 }
                  group_id: { column: 客服组 }
                """);
        Map<String, Long> agents = Map.of("老王", 563265L);
        IdLookups lookups = new IdLookups(IdLookup.NONE, agents::get, name -> null);
        TicketMapper mapper = new TicketMapper(mapping, folder.resolve("t.csv"), lookups);

        MappedRow known = mapper.map(ticketRow("处理人", "老王", "客服组", ""));
        MappedRow unknown = mapper.map(ticketRow("处理人", "老王", "客服组", "售后组"));

        assertThat(known.ticket().assigneeId()).isEqualTo(563265L);
        assertThat(unknown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("售后组");
            assertThat(problem.message()).contains("the KF5 account has nothing by that name");
        });
    }

    @Test
    void problemIdIsSentOnIncidentsOnly() {
        TicketMapper mapper = mapper(folder, "type: { column: 类型 }\nproblem_id: { column: 关联故障单 }");

        MappedRow incident = mapper.map(ticketRow("类型", "incident", "关联故障单", "123"));
        MappedRow question = mapper.map(ticketRow("类型", "question", "关联故障单", "123"));

        assertThat(incident.ticket().problemId()).isEqualTo(123L);
        assertThat(incident.warnings()).isEmpty();
        assertThat(question.ticket().problemId()).isNull();
        assertThat(question.warnings()).singleElement().asString()
                .contains("problem_id '123' left out").contains("incident").contains("'question'");
    }
}
