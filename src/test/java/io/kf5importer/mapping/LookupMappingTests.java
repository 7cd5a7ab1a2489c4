package io.kf5importer.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static io.kf5importer.mapping.MappingFixtures.load;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;

/** Names in id fields, turned into ids by lookups (here a map standing in for the account). */
class LookupMappingTests {

    /** Users by the contact KF5 keeps: an email, 11 mobile digits, a landline with its dash. */
    private static final Map<String, Long> USERS = Map.of("wang.fang@example.cn", 3L, "13800000003", 3L,
            "028-00000003", 3L, "zhou.jie@example.com", 2L);

    @TempDir
    Path folder;

    @Test
    void requesterIdIsLookedUpByEmailOrPhoneWrittenAnyWayWhenTheMappingAsks() {
        TicketMapper mapper = mapper("requester_id: { column: 联系方式, lookup: true }");

        MappedRow byEmail = mapper.map(ticketRow("联系方式", "wang.fang@example.cn"));
        MappedRow byMobile = mapper.map(ticketRow("联系方式", "+86 138 0000 0003"));
        MappedRow byLandline = mapper.map(ticketRow("联系方式", "(028) 00000003"));
        MappedRow unknown = mapper.map(ticketRow("联系方式", "13900000000"));

        assertThat(byEmail.ticket().requesterId()).isEqualTo(3L);
        assertThat(byMobile.ticket().requesterId()).isEqualTo(3L);
        assertThat(byLandline.ticket().requesterId()).isEqualTo(3L);
        assertThat(unknown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("13900000000");
            assertThat(problem.message()).contains("ticket.requester_id").contains("nothing by that name");
        });
    }

    @Test
    void requesterIdOfDigitsIsAnIdUnlessTheMappingAsksForALookup() {
        TicketMapper mapper = mapper("requester_id: { column: 用户 }");

        MappedRow mapped = mapper.map(ticketRow("用户", "13800000003"));

        assertThat(mapped.ticket().requesterId()).isEqualTo(13800000003L);
    }

    @Test
    void brokenPhoneInALookedUpColumnIsRefusedWithItsReason() {
        TicketMapper mapper = mapper("requester_id: { column: 联系方式, lookup: true }");

        MappedRow mapped = mapper.map(ticketRow("联系方式", "1.38E+10"));

        assertThat(mapped.problems()).singleElement().asString().contains("scientific notation");
    }

    @Test
    void collaboratorsAreLookedUpByEmailOrNameAndRepeatsDropped() {
        MappingConfig mapping = load(folder, MappingFixtures.MINIMAL + "  collaborator_ids: { column: 抄送, "
                + "split: [\",\"] }\n");
        IdLookup collaborators = name -> name.contains("@") ? USERS.get(name) : Map.of("周杰", 2L).get(name);
        TicketMapper mapper = new TicketMapper(mapping, folder.resolve("t.csv"),
                new IdLookups(IdLookup.NONE, IdLookup.NONE, IdLookup.NONE, collaborators, TicketFieldCatalog.NONE));

        MappedRow mapped = mapper.map(ticketRow("抄送", "周杰, zhou.jie@example.com, wang.fang@example.cn"));

        assertThat(mapped.ticket().collaboratorIds()).containsExactly(2L, 3L);
    }

    @Test
    void unknownNameIsRejectedWithTheLookupsReason() {
        MappingConfig mapping = load(folder, MappingFixtures.MINIMAL + "  group_id: { column: 客服组 }\n");
        IdLookup groups = new IdLookup() {
            @Override
            public Long idOf(String name) {
                return null;
            }

            @Override
            public String missing(String name) {
                return "no group of the KF5 account has this name; closest: 售后组";
            }
        };
        TicketMapper mapper = new TicketMapper(mapping, folder.resolve("t.csv"),
                new IdLookups(IdLookup.NONE, IdLookup.NONE, groups));

        MappedRow mapped = mapper.map(ticketRow("客服组", "售后一组"));

        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("客服组");
            assertThat(problem.message()).isEqualTo("not a ticket.group_id: no group of the KF5 account has this "
                    + "name; closest: 售后组");
        });
    }

    @Test
    void offlineNamesAreNotedAsUncheckedAndLeftOutNotRejected() {
        MappingConfig mapping = load(folder, MappingFixtures.MINIMAL + """
                  assignee_id: { column: 处理人 }
                  collaborator_ids: { column: 抄送 }
                """);
        TicketMapper mapper = new TicketMapper(mapping, folder.resolve("t.csv"), IdLookups.offline());

        MappedRow mapped = mapper.map(ticketRow("处理人", "老王", "抄送", "563265"));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().assigneeId()).isNull();
        assertThat(mapped.ticket().collaboratorIds()).containsExactly(563265L);
        assertThat(mapped.unchecked()).singleElement().asString().contains("assignee_id '老王'");
        assertThat(mapper.uncheckedByDesign()).first().asString().contains("were not looked up");
    }

    @Test
    void problemIdMayNameAnotherRowsKey() {
        TicketMapper mapper = keyed("type: { column: 类型 }\nproblem_id: { column: 故障单, row_key: true }");

        MappedRow incident = mapper.map(ticketRow("编号", "A-2", "类型", "incident", "故障单", "A-1"));
        MappedRow question = mapper.map(ticketRow("编号", "A-3", "类型", "question", "故障单", "A-1"));
        MappedRow itself = mapper.map(ticketRow("编号", "A-4", "类型", "incident", "故障单", "A-4"));

        assertThat(incident.problemKey()).isEqualTo("A-1");
        assertThat(incident.ticket().problemId()).isNull();
        assertThat(question.problemKey()).isNull();
        assertThat(question.warnings()).singleElement().asString().contains("problem_id 'A-1' left out");
        assertThat(itself.problems()).singleElement().asString().contains("this row's own key");
    }

    @Test
    void dueAtWithSendOnAnyIsSentOnEveryTypeWithAWarning() {
        TicketMapper mapper = mapper("""
                type: { column: 类型 }
                due_at: { column: 截止, format: "yyyy-MM-dd HH:mm:ss", send_on: any }
                """);

        MappedRow problem = mapper.map(ticketRow("类型", "problem", "截止", "2019-04-09 18:00:10"));
        MappedRow task = mapper.map(ticketRow("类型", "task", "截止", "2019-04-09 18:00:10"));

        assertThat(problem.ticket().dueAt()).isEqualTo("2019-04-09 18:00:10");
        assertThat(problem.warnings()).singleElement().asString().contains("send_on: any")
                .contains("task tickets only");
        assertThat(task.warnings()).isEmpty();
    }

    private TicketMapper mapper(String settings) {
        MappingConfig mapping = load(folder, MappingFixtures.MINIMAL + settings.indent(2));
        return new TicketMapper(mapping, folder.resolve("t.csv"), new IdLookups(USERS::get, IdLookup.NONE,
                IdLookup.NONE));
    }

    private TicketMapper keyed(String settings) {
        MappingConfig mapping = load(folder, "key: 编号\n" + MappingFixtures.MINIMAL + settings.indent(2));
        return new TicketMapper(mapping, folder.resolve("t.csv"));
    }
}
