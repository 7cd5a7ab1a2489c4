package io.kf5importer.mapping;

import io.kf5importer.kf5.CustomFieldValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomFieldMappingTests {

    @TempDir
    Path folder;

    @Test
    void fieldNamedByItsLabelIsSentUnderItsApiName() {
        TicketMapper mapper = mapper("产品线: { column: 产品 }");

        MappedRow mapped = mapper.map(ticketRow("产品", "呼叫中心"));

        assertThat(mapped.ticket().customFields()).containsExactly(new CustomFieldValue("field_202", "呼叫中心"));
    }

    @Test
    void dropdownValueMatchesAnOptionIgnoringCaseAndIsSentAsTheOptionsValue() {
        TicketMapper mapper = mapper("产品线: { column: 产品 }");

        MappedRow mapped = mapper.map(ticketRow("产品", " web portal "));

        assertThat(mapped.ticket().customFields()).containsExactly(new CustomFieldValue("field_202", "Web Portal"));
    }

    @Test
    void dropdownValueThatIsNoOptionIsAProblemNamingTheOptionsAndTheClosest() {
        TicketMapper mapper = mapper("产品线: { column: 产品 }");

        MappedRow mapped = mapper.map(ticketRow("产品", "云客服系统"));

        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("产品");
            assertThat(problem.value()).isEqualTo("云客服系统");
            assertThat(problem.message()).contains("产品线 (field_202, dropdownlist)")
                    .contains("expected one of 云客服, 呼叫中心, 在线客服, Web Portal").contains("closest: 云客服");
        });
    }

    @Test
    void valueMapTurnsSourceWordsIntoOptionsAndAnEmptyMappingLeavesTheFieldOut() {
        TicketMapper mapper = mapper("产品线: { column: 产品, map: { CC: 呼叫中心, \"-\": \"\" } }");

        MappedRow mapped = mapper.map(ticketRow("产品", "cc"));
        MappedRow dash = mapper.map(ticketRow("产品", "-"));

        assertThat(mapped.ticket().customFields()).containsExactly(new CustomFieldValue("field_202", "呼叫中心"));
        assertThat(dash.problems()).isEmpty();
        assertThat(dash.ticket().customFields()).isNull();
    }

    @Test
    void dateFieldIsReadWithItsDeclaredPatternAndSentAsADay() {
        TicketMapper mapper = mapper("首次联系日期: { column: 首次联系, format: \"dd/MM/yyyy HH:mm\" }");

        MappedRow mapped = mapper.map(ticketRow("首次联系", "05/03/2024 23:30"));

        assertThat(mapped.ticket().customFields()).containsExactly(new CustomFieldValue("field_203", "2024-03-05"));
    }

    @Test
    void dateFieldWithoutPatternsTakesIsoDaysAndRefusesOthers() {
        TicketMapper mapper = mapper("首次联系日期: { column: 首次联系 }");

        MappedRow iso = mapper.map(ticketRow("首次联系", "2024-03-05"));
        MappedRow excel = mapper.map(ticketRow("首次联系", "2024-03-05T09:30:00"));
        MappedRow other = mapper.map(ticketRow("首次联系", "5 March"));

        assertThat(iso.ticket().customFields()).containsExactly(new CustomFieldValue("field_203", "2024-03-05"));
        assertThat(excel.ticket().customFields()).containsExactly(new CustomFieldValue("field_203", "2024-03-05"));
        assertThat(other.problems()).singleElement().asString().contains("not a date in a declared format")
                .contains("ticket.custom_fields.首次联系日期.format");
    }

    @Test
    void numberAndDecimalFieldsAreSentAsNumbersAndOtherTextIsAProblem() {
        TicketMapper mapper = mapper("""
                涉及订单数: { column: 单数 }
                订单金额: { column: 金额 }
                """);

        MappedRow good = mapper.map(ticketRow("单数", "3", "金额", "129.50"));
        MappedRow bad = mapper.map(ticketRow("单数", "3.5", "金额", "￥129"));

        assertThat(good.ticket().customFields()).containsExactly(new CustomFieldValue("field_204", 3L),
                new CustomFieldValue("field_205", new BigDecimal("129.50")));
        assertThat(bad.problems()).extracting(RowProblem::column).containsExactly("单数", "金额");
        assertThat(bad.problems().get(0).message()).contains("a whole number");
        assertThat(bad.problems().get(1).message()).contains("a number such as 12.50");
    }

    @Test
    void labelTheAccountLacksIsRefusedBeforeAnyRowWithTheClosestLabels() {
        assertThatThrownBy(() -> mapper("产品: { column: 产品 }"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("ticket.custom_fields.产品").hasMessageContaining("not a ticket field")
                .hasMessageContaining("closest: 产品线");
    }

    @Test
    void inactiveFieldIsRefused() {
        assertThatThrownBy(() -> mapper("旧工单号（停用）: { column: 旧单号 }"))
                .hasMessageContaining("field_208").hasMessageContaining("switched off");
    }

    @Test
    void twoEntriesForOneFieldAreRefused() {
        assertThatThrownBy(() -> mapper("产品线: { column: 产品 }\nfield_202: { column: 产品2 }"))
                .hasMessageContaining("names field_202, which '产品线' names too");
    }

    @Test
    void labelNeedsTheAccountWhenThereIsNoCatalog() {
        MappingConfig mapping = MappingFixtures.load(folder, MappingFixtures.MINIMAL
                + "  custom_fields: { 产品线: { column: 产品 } }\n");

        assertThatThrownBy(() -> new TicketMapper(mapping, folder.resolve("t.csv")))
                .isInstanceOf(MappingException.class).hasMessageContaining("names the field by its label");
    }

    @Test
    void offlineALabelledFieldIsLeftOutAndNotedWhileFieldNValuesGoAsText() {
        MappingConfig mapping = MappingFixtures.load(folder, MappingFixtures.MINIMAL
                + "  custom_fields: { 产品线: { column: 产品 }, field_204: { column: 单数 } }\n");
        TicketMapper mapper = new TicketMapper(mapping, folder.resolve("t.csv"), IdLookups.offline());

        MappedRow mapped = mapper.map(ticketRow("产品", "云客服", "单数", "x"));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.ticket().customFields()).containsExactly(new CustomFieldValue("field_204", "x"));
        assertThat(mapped.unchecked()).singleElement().asString().contains("产品线").contains("云客服");
        assertThat(mapper.uncheckedByDesign()).anyMatch(note -> note.contains("'产品线' is named by its label"))
                .anyMatch(note -> note.contains("not checked against their fields' types"));
    }

    @Test
    void markerFieldNamedByLabelGivesItsApiName() {
        MappingConfig mapping = MappingFixtures.load(folder, "key: 编号\n" + MappingFixtures.MINIMAL
                + "  custom_fields: { 来源编号: { column: 编号 } }\n");

        TicketMapper mapper = new TicketMapper(mapping, folder.resolve("t.csv"), FieldsOfAnAccount.SEED.lookups());

        assertThat(mapping.markerField()).isEqualTo("来源编号");
        assertThat(mapper.markerField()).isEqualTo("field_201");
    }

    private TicketMapper mapper(String customFields) {
        MappingConfig mapping = MappingFixtures.load(folder, MappingFixtures.MINIMAL + "  custom_fields:\n"
                + customFields.indent(4));
        return new TicketMapper(mapping, folder.resolve("tickets.csv"), FieldsOfAnAccount.SEED.lookups());
    }
}
