package io.kf5importer.mapping;

import io.kf5importer.kf5.CustomFieldValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.load;
import static io.kf5importer.mapping.MappingFixtures.mapper;
import static io.kf5importer.mapping.MappingFixtures.row;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;

class TicketTextMappingTests {

    @TempDir
    Path folder;

    @Test
    void titleAndContentComeFromTheirColumnsStripped() {
        TicketMapper mapper = mapper(folder, "");

        MappedRow mapped = mapper.map(row("标题", "  打印机报错 ", "描述", "\n收银台打印机报错\n"));

        assertThat(mapped.isRejected()).isFalse();
        assertThat(mapped.ticket().title()).isEqualTo("打印机报错");
        assertThat(mapped.ticket().comment().content()).isEqualTo("收银台打印机报错");
    }

    @Test
    void titleTemplateCombinesColumnsAndWritesLiteralBraces() {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { template: "[{工单编号}] {标题} {{旧}}" }
                  comment: { content: { column: 描述 } }
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(ticketRow("工单编号", "GD-7"));

        assertThat(mapped.ticket().title()).isEqualTo("[GD-7] 打印机报错 {旧}");
    }

    @Test
    void templateLineWhosePlaceholdersAreAllEmptyIsDropped() {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { column: 标题 }
                  comment:
                    content:
                      template: |-
                        {描述}
                        订单号：{订单号}
                        --
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(ticketRow("订单号", ""));

        assertThat(mapped.ticket().comment().content()).isEqualTo("收银台打印机报错 E-203\n--");
    }

    @Test
    void templateWithEveryPlaceholderEmptyFallsBackToTheDefault() {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { column: 标题 }
                  comment:
                    content: { template: "{描述}\\n订单号：{订单号}", default: "(无描述)" }
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(row("标题", "打印机报错", "描述", " ", "订单号", ""));

        assertThat(mapped.ticket().comment().content()).isEqualTo("(无描述)");
    }

    @Test
    void emptyContentWithDefaultIsNotAProblem() {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { column: 标题 }
                  comment: { content: { column: 描述, default: "(无描述)" } }
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(row("标题", "打印机报错", "描述", ""));

        assertThat(mapped.isRejected()).isFalse();
        assertThat(mapped.ticket().comment().content()).isEqualTo("(无描述)");
    }

    @Test
    void rowWithoutTitleOrContentIsRejectedNamingBoth() {
        TicketMapper mapper = mapper(folder, "");

        MappedRow mapped = mapper.map(row(7, "标题", " ", "描述", ""));

        assertThat(mapped.rowNumber()).isEqualTo(7);
        assertThat(mapped.ticket()).isNull();
        assertThat(mapped.problems()).extracting(RowProblem::column).containsExactly("标题", "描述");
        assertThat(mapped.rejectionReason()).contains("title is empty").contains("comment content is empty");
    }

    @Test
    void htmlContentFromContentEscapesAndBreaksLines() {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { column: 标题 }
                  comment:
                    content: { column: 描述 }
                    html_content: { from_content: true }
                    public: false
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(row("标题", "t", "描述", "a < b & \"c\"\r\n第二行\n第三行"));

        assertThat(mapped.ticket().comment().htmlContent())
                .isEqualTo("a &lt; b &amp; &quot;c&quot;<br>第二行<br>第三行");
        assertThat(mapped.ticket().comment().isPublic()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "无需转义的描述                  | 无需转义的描述",
            "a\\rb\\r\\nc\\n\\rd\\r\\r\\ne     | a<br>b<br>c<br><br>d<br><br>e",
            "it's > 5' & <ok>                | it&#39;s &gt; 5&#39; &amp; &lt;ok&gt;",
            "结尾是引号\"                     | 结尾是引号&quot;"})
    void htmlContentFromContentMakesEachLineBreakOneBrAndEscapesTheRest(String content, String html) {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { column: 标题 }
                  comment:
                    content: { column: 描述 }
                    html_content: { from_content: true }
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(row("标题", "t", "描述", content.replace("\\r", "\r").replace("\\n", "\n")));

        assertThat(mapped.ticket().comment().htmlContent()).isEqualTo(html);
    }

    @Test
    void htmlContentFromAColumnIsSentAsWritten() {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { column: 标题 }
                  comment:
                    content: { column: 描述 }
                    html_content: { column: HTML }
                    public: true
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(ticketRow("HTML", "<p>收银台<b>报错</b></p>"));

        assertThat(mapped.ticket().comment().htmlContent()).isEqualTo("<p>收银台<b>报错</b></p>");
        assertThat(mapped.ticket().comment().isPublic()).isTrue();
    }

    @Test
    void customFieldsTakeColumnsAndConstantsAndLeaveEmptyOnesOut() {
        TicketMapper mapper = mapper(folder, """
                custom_fields:
                  field_201: { column: 工单编号 }
                  field_202: { value: CSV 迁移 }
                  field_203: { column: 订单号 }
                """);

        MappedRow mapped = mapper.map(ticketRow("工单编号", "GD-1", "订单号", " "));

        assertThat(mapped.ticket().customFields()).containsExactly(
                new CustomFieldValue("field_201", "GD-1"), new CustomFieldValue("field_202", "CSV 迁移"));
    }

    @Test
    void keyIsTheStrippedKeyColumnValue() {
        TicketMapper mapper = new TicketMapper(load(folder, "key: 工单编号\n" + MappingFixtures.MINIMAL),
                folder.resolve("tickets.csv"));

        MappedRow mapped = mapper.map(ticketRow("工单编号", " GD-9 "));

        assertThat(mapped.key()).isEqualTo("GD-9");
    }

    @Test
    void emptyKeyIsAProblemAndTheRowIsKeyedByFileAndRowNumber() {
        TicketMapper mapper = new TicketMapper(load(folder, "key: 工单编号\n" + MappingFixtures.MINIMAL),
                folder.resolve("tickets.csv"));

        MappedRow mapped = mapper.map(ticketRow("工单编号", ""));

        assertThat(mapped.isRejected()).isTrue();
        assertThat(mapped.key()).isEqualTo("tickets.csv#2");
        assertThat(mapped.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.column()).isEqualTo("工单编号"))
                .satisfies(problem -> assertThat(problem.message()).contains("key is empty"));
    }

    @Test
    void withoutKeyColumnRowsAreKeyedByFileNameAndRowNumber() {
        TicketMapper mapper = mapper(folder, "");

        MappedRow mapped = mapper.map(MappingFixtures.row(41, "标题", "t", "描述", "d"));

        assertThat(mapped.key()).isEqualTo("tickets.csv#41");
    }

    @Test
    void columnsCanBeNamedByPosition() {
        TicketMapper mapper = new TicketMapper(load(folder, """
                ticket:
                  title: { column: "#2" }
                  comment: { content: { template: "{#1}: {#3}" } }
                """), folder.resolve("t.csv"));

        MappedRow mapped = mapper.map(row("", "A-1", "", "打印机报错", "", "详情"));

        assertThat(mapped.ticket().title()).isEqualTo("打印机报错");
        assertThat(mapped.ticket().comment().content()).isEqualTo("A-1: 详情");
    }
}
