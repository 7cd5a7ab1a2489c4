package io.kf5importer.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small exports in the columns of {@code sample-data/tickets.csv}, for {@code config/mapping.yml}: good rows that
 * become tickets, and rows without a title that the mapping rejects.
 */
final class TicketSources {

    static final String MAPPING = "config/mapping.yml";

    static final List<String> HEADER = List.of("工单编号", "标题", "描述", "类型", "状态", "优先级", "提交人", "邮箱",
            "电话", "标签", "产品", "截止时间", "订单号", "订单金额", "附件", "创建时间");

    private TicketSources() {
    }

    /** A row that maps to a ticket with this key, title and status (a word of the mapping, such as 待处理). */
    static List<String> row(String key, String title, String status) {
        return List.of(key, title, "客户说：" + title, "咨询", status, "中", "张伟", "zhang.wei@example.com", "",
                "迁移", "App", "", "", "", "", "2024-03-01 09:12");
    }

    static List<String> row(String key, String title) {
        return row(key, title, "待处理");
    }

    /** A row the mapping rejects: its title is empty. */
    static List<String> untitled(String key) {
        return row(key, "", "待处理");
    }

    static Path csv(Path file, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append(String.join(",", cells)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("工单");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
        }
        return file;
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
