package io.kf5importer.mapping;

import io.kf5importer.source.SourceHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.kf5importer.mapping.MappingFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingConfigTests {

    @TempDir
    Path folder;

    @Test
    void unknownSettingIsNamedWithItsLineAndTheKnownSettings() {
        String yaml = """
                ticket:
                  title: { column: 标题 }
                  comment:
                    content: { colum: 描述 }
                """;

        assertThatThrownBy(() -> load(folder, yaml))
                .isInstanceOf(MappingException.class)
                .hasMessageStartingWith(folder.resolve("mapping.yml") + ": line 4, column ")
                .hasMessageContaining("unknown setting 'colum' under 'ticket.comment.content'")
                .hasMessageContaining("known settings there: column, template, value, default");
    }

    @Test
    void unknownTopLevelSettingListsTheTopLevelOnes() {
        assertThatThrownBy(() -> load(folder, MappingFixtures.MINIMAL + "keys: 工单编号\n"))
                .hasMessageContaining("line 5, column 1: unknown setting 'keys' at the top level")
                .hasMessageContaining("known settings there: key, marker, attachments, kf5_zone, ticket");
    }

    @Test
    void valueOfTheWrongKindNamesTheSettingAndWhatItTakes() {
        String yaml = MappingFixtures.MINIMAL + "attachments: { max_size_mb: twenty }\n";

        assertThatThrownBy(() -> load(folder, yaml))
                .hasMessageContaining("line 5")
                .hasMessageContaining("setting 'attachments.max_size_mb' has the wrong kind of value")
                .hasMessageContaining("expected a number");
    }

    @Test
    void textWhereABlockBelongsSaysWhichSettingsTheBlockTakes() {
        String yaml = "ticket:\n  title: 标题\n  comment: { content: { column: 描述 } }\n";

        assertThatThrownBy(() -> load(folder, yaml))
                .hasMessageContaining("line 2")
                .hasMessageContaining("setting 'ticket.title' has the wrong kind of value; expected a block of "
                        + "settings (column, template, value, default)");
    }

    @Test
    void repeatedSettingIsRefused() {
        String yaml = MappingFixtures.MINIMAL + "  title: { column: 主题 }\n";

        assertThatThrownBy(() -> load(folder, yaml)).hasMessageContaining("title");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> load(folder, "ticket:\n  title: { column: 标题\n  comment: x\n"))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void mappingWithoutTitleOrContentIsRefused() {
        assertThatThrownBy(() -> load(folder, "key: 工单编号\n"))
                .hasMessageContaining("setting 'ticket.title': is missing");
        assertThatThrownBy(() -> load(folder, "ticket:\n  title: { column: 标题 }\n"))
                .hasMessageContaining("setting 'ticket.comment.content': is missing");
    }

    @Test
    void unknownSettingDeepInAMultiLineBlockPointsAtItsOwnLine() {
        String yaml = MappingFixtures.MINIMAL + """
                  status:
                    column: 状态
                    mapping: { 待处理: new }
                    default: new
                """;

        assertThatThrownBy(() -> load(folder, yaml))
                .hasMessageContaining("line 7, column 5: unknown setting 'mapping' under 'ticket.status'")
                .hasMessageContaining("known settings there: column, value, map, unmapped, default");
    }

    @Test
    void emptyOrAbsentFileIsRefusedNamingIt() {
        assertThatThrownBy(() -> load(folder, "# nothing yet\n")).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> MappingConfig.load(folder.resolve("nope.yml")))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("nope.yml").hasMessageContaining("cannot read the mapping file");
    }

    @Test
    void settingThatReadsTwoWaysIsRefused() {
        String yaml = "ticket:\n  title: { column: 标题, value: x }\n  comment: { content: { column: 描述 } }\n";

        assertThatThrownBy(() -> load(folder, yaml)).hasMessageContaining(
                "setting 'ticket.title': sets column and value; give exactly one of column, template, value");
    }

    @Test
    void mapToAWordKf5DoesNotKnowIsRefused() {
        String yaml = MappingFixtures.MINIMAL + "  status: { column: 状态, map: { 挂起: hold } }\n";

        assertThatThrownBy(() -> load(folder, yaml)).hasMessageContaining(
                "setting 'ticket.status.map.挂起': 'hold' is not a KF5 value here; expected one of new, open, pending, "
                        + "solved, closed");
    }

    @Test
    void badSettingsValuesAreRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> load(folder, MappingFixtures.MINIMAL
                + "  custom_fields: { 首次联系日期: { column: a, zone: Mars/Base } }"))
                .hasMessageContaining("ticket.custom_fields.首次联系日期.zone").hasMessageContaining("not a time zone");
        assertThatThrownBy(() -> load(folder, MappingFixtures.MINIMAL + "  tags: { column: 标签, split: \"[;、]\" }"))
                .hasMessageContaining("looks like a regular expression").hasMessageContaining("split_regex");
        assertThatThrownBy(() -> load(folder, MappingFixtures.MINIMAL + "  tags: { column: 标签, split_regex: \"[\" }"))
                .hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> load(folder, "kf5_zone: Mars/Base\n" + MappingFixtures.MINIMAL))
                .hasMessageContaining("setting 'kf5_zone': 'Mars/Base' is not a time zone");
        assertThatThrownBy(() -> load(folder, MappingFixtures.MINIMAL + "  due_at: { column: d, format: \"yy bb\" }"))
                .hasMessageContaining("setting 'ticket.due_at.format': 'yy bb' is not a date pattern");
        assertThatThrownBy(() -> load(folder, "attachments: { missing: ignore }\n" + MappingFixtures.MINIMAL
                + "  attachments: { column: 附件 }"))
                .hasMessageContaining("expected reject (the row is refused) or skip");
        assertThatThrownBy(() -> load(folder, MappingFixtures.MINIMAL + "  requester: { column: 邮箱, default: nobody }"))
                .hasMessageContaining("setting 'ticket.requester.default'");
        String brokenTemplate = "ticket:\n  title: { template: \"{标题\" }\n  comment: { content: { value: x } }\n";
        assertThatThrownBy(() -> load(folder, brokenTemplate))
                .hasMessageContaining("write {{ for a literal brace");
    }

    @Test
    void keyColumnIsTheKeySettingOrNull() {
        assertThat(load(folder, "key: 工单编号\n" + MappingFixtures.MINIMAL).keyColumn()).isEqualTo("工单编号");
        assertThat(load(folder, MappingFixtures.MINIMAL).keyColumn()).isNull();
    }

    @Test
    void missingColumnsAreEveryColumnTheMappingReadsThatTheHeaderLacks() {
        MappingConfig mapping = load(folder, "key: 工单编号\n" + """
                ticket:
                  title: { template: "[{工单编号}] {标题}" }
                  comment: { content: { column: 描述 } }
                  requester: { name: { column: 提交人 }, email: { column: 邮箱 } }
                  status: { column: 状态 }
                  tags: { column: [标签, 产品] }
                  custom_fields: { field_201: { column: "#9" } }
                """);
        SourceHeader header = new SourceHeader(List.of("工单编号", "标题", "描述", "提交人", "Email", "状态", "标签"));

        List<String> missing = mapping.missingColumns(header);

        assertThat(missing).containsExactly("邮箱", "产品", "#9");
        assertThat(mapping.columns()).containsExactly("工单编号", "标题", "描述", "提交人", "邮箱", "状态", "标签", "产品", "#9");
    }

    @Test
    void rowFromASourceLackingAMappedColumnIsRejectedNamingIt() {
        TicketMapper mapper = MappingFixtures.mapper(folder, "status: { column: 状态 }");

        MappedRow mapped = mapper.map(MappingFixtures.ticketRow());

        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("状态");
            assertThat(problem.message()).contains("the source has no such column");
        });
    }
}
