package io.kf5importer.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.kf5importer.mapping.MappingFixtures.load;
import static io.kf5importer.mapping.MappingFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

class MappedTicketJsonTests {

    private static final String MAPPING = """
            key: 工单编号
            attachments: { folder: files }
            ticket:
              title: { template: "[{工单编号}] {标题}" }
              comment:
                content: { column: 描述, default: "(无描述)" }
                html_content: { from_content: true }
                public: true
              requester: { name: { column: 提交人 }, email: { column: 邮箱 }, phone: { column: 电话 } }
              assignee_id: { column: 处理人ID }
              group_id: { value: 1001 }
              type: { column: 类型, map: { 任务: task } }
              status: { column: 状态, map: { 处理中: open } }
              priority: { column: 优先级, map: { 紧急: urgent } }
              due_at: { column: 截止时间, format: "yyyy/M/d H:mm" }
              tags: { column: 标签, split: ["；", ";"], value: [迁移导入] }
              collaborator_ids: { column: 抄送 }
              custom_fields: { field_201: { column: 工单编号 } }
              template_id: { value: 12 }
              attachments: { column: 附件 }
            """;

    @TempDir
    Path folder;

    @Test
    void mappedRowSerialisesToTheCreateTicketBody() throws IOException {
        Files.createDirectories(folder.resolve("files"));
        Files.writeString(folder.resolve("files/报价单.txt"), "报价");
        TicketMapper mapper = new TicketMapper(load(folder, MAPPING), folder.resolve("tickets.csv"));

        MappedRow mapped = mapper.map(row(12, "工单编号", "GD-23", "标题", "盘点二月库存差异", "描述", "12 个 SKU <不一致>\n请核对",
                "提交人", "林峰", "邮箱", "lin.feng@example.com", "电话", "+86 138 0000 1001", "处理人ID", "563265",
                "类型", "任务", "状态", "处理中", "优先级", "紧急", "截止时间", "2024/3/28 18:00",
                "标签", "库存；仓库;库存", "抄送", "60058513", "附件", "报价单.txt"));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.key()).isEqualTo("GD-23");
        assertThat(mapped.attachments()).containsExactly(
                new AttachmentFile("报价单.txt", folder.resolve("files/报价单.txt")));
        JsonMapper json = JsonMapper.builder().build();
        String body = json.writeValueAsString(Map.of("ticket", mapped.ticket()));
        assertThat(json.readTree(body)).isEqualTo(json.readTree("""
                {"ticket": {
                  "title": "[GD-23] 盘点二月库存差异",
                  "comment": {
                    "content": "12 个 SKU <不一致>\\n请核对",
                    "html_content": "12 个 SKU &lt;不一致&gt;<br>请核对",
                    "public": true
                  },
                  "requester": {"name": "林峰", "email": "lin.feng@example.com", "phone": "13800001001"},
                  "assignee_id": 563265,
                  "group_id": 1001,
                  "type": "task",
                  "status": "open",
                  "priority": "urgent",
                  "due_at": "2024-03-28 18:00:00",
                  "tags": ["迁移导入", "库存", "仓库"],
                  "collaborator_ids": [60058513],
                  "custom_fields": [{"name": "field_201", "value": "GD-23"}],
                  "template_id": 12
                }}
                """));
    }

    @Test
    void rowIsCheckedCompletelyAndEveryProblemComesBackAtOnce() {
        TicketMapper mapper = new TicketMapper(load(folder, MAPPING), folder.resolve("tickets.csv"));

        MappedRow mapped = mapper.map(row(63, "工单编号", "", "标题", "", "描述", "", "提交人", "姜维",
                "邮箱", "jiang wei@example.com", "电话", "1.38E+10", "处理人ID", "老王", "类型", "工单", "状态", "挂起",
                "优先级", "很急", "截止时间", "03/04/2024", "标签", "", "抄送", "abc", "附件", "../secret.txt"));

        assertThat(mapped.isRejected()).isTrue();
        assertThat(mapped.ticket()).isNull();
        assertThat(mapped.key()).isEqualTo("tickets.csv#63");
        assertThat(mapped.problems()).extracting(RowProblem::column).containsExactly(
                "工单编号", "工单编号, 标题", "邮箱", "电话", "处理人ID", "类型", "状态", "优先级", "截止时间", "抄送", "附件");
        assertThat(mapped.rejectionReason()).startsWith("column '工单编号': the key is empty")
                .contains("column '邮箱' value 'jiang wei@example.com': not a valid email address");
    }
}
