package io.kf5importer.cli;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.kf5importer.cli.TicketSources.row;
import static io.kf5importer.cli.TicketSources.untitled;
import static org.assertj.core.api.Assertions.assertThat;

/** Each run's reports, and the failed rows fixed by a person and imported again as a normal source. */
class ReportsTests {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    ImportTarget target;

    @BeforeEach
    void start() throws IOException {
        target = ImportTarget.start(folder);
    }

    @AfterEach
    void stop() {
        target.close();
    }

    @Test
    void resultsCsvListsEveryRowWithItsStatusTicketAndReasonForExcel() throws IOException {
        Path export = TicketSources.csv(folder.resolve("export.csv"), List.of(row("R-1", "发票开错了"),
                untitled("R-2"), row("R-3", "=HYPERLINK(\"http://evil.example\")")));

        CommandRun run = CommandRun.kf5Import(target.importArgs(export));

        Path results = target.reportFolder(1).resolve("results.csv");
        byte[] bytes = Files.readAllBytes(results);
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(run.out()).contains("Reports: " + target.reportFolder(1), "failed-rows.csv");
        assertThat(bytes).startsWith(UTF8_BOM);
        assertThat(lines.get(0)).isEqualTo("\uFEFFrow,key,status,ticket_id,message");
        assertThat(lines.get(1)).matches("2,R-1,CREATED,\\d+,");
        assertThat(lines.get(2)).startsWith("3,R-2,REJECTED,,column '标题': the ticket's title is empty");
        assertThat(lines.get(3)).matches("4,R-3,CREATED,\\d+,");
        assertThat(Files.readString(target.reportFolder(1).resolve(SummaryPrinter.FILE_NAME)))
                .contains("tickets created   2");
    }

    @Test
    void failedRowsOfACsvAreFixedAndImportedAgainAsACsvSource() throws IOException {
        Path export = TicketSources.csv(folder.resolve("export.csv"), List.of(row("R-1", "发票开错了"),
                untitled("R-2"), untitled("R-3"), row("R-4", "-12.5 元的差价")));
        CommandRun.kf5Import(target.importArgs(export));
        Path failedRows = target.reportFolder(1).resolve("failed-rows.csv");
        List<SourceRow> failed = rows(failedRows);

        Path fixed = folder.resolve("fixed.csv");
        Files.writeString(fixed, Files.readString(failedRows, StandardCharsets.UTF_8)
                .replace("R-2,,", "R-2,补开发票,").replace("R-3,,", "R-3,修改手机号,"), StandardCharsets.UTF_8);
        CommandRun again = CommandRun.kf5Import(target.importArgs(fixed));

        assertThat(Files.readAllBytes(failedRows)).startsWith(UTF8_BOM);
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0).header().names()).containsAll(TicketSources.HEADER).endsWith("kf5-import reason");
        assertThat(failed.get(0).value("工单编号")).isEqualTo("R-2");
        assertThat(failed.get(0).value("kf5-import reason")).startsWith("row 3: column '标题'");
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("tickets created   2");
        assertThat(target.ticket("R-2").title()).isEqualTo("补开发票");
        assertThat(target.ticket("R-4").title()).isEqualTo("-12.5 元的差价");
        assertThat(target.keys()).containsExactlyInAnyOrder("R-1", "R-2", "R-3", "R-4");
    }

    @Test
    void failedRowsOfAWorkbookAreFixedInExcelAndImportedAgainAsAWorkbook() throws IOException {
        Path export = TicketSources.xlsx(folder.resolve("export.xlsx"), List.of(row("X-1", "发票开错了"),
                untitled("X-2"), row("X-3", "无法登录")));
        CommandRun first = CommandRun.kf5Import(target.importArgs(export));
        Path failedRows = target.reportFolder(1).resolve("failed-rows.xlsx");

        Path fixed = fixTitles(failedRows, folder.resolve("fixed.xlsx"), "补开发票");
        CommandRun again = CommandRun.kf5Import(target.importArgs(fixed));

        assertThat(first.exitCode()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(rows(failedRows)).singleElement().satisfies(row -> {
            assertThat(row.value("工单编号")).isEqualTo("X-2");
            assertThat(row.value("创建时间")).isEqualTo("2024-03-01 09:12");
            assertThat(row.value("kf5-import reason")).startsWith("row 3: column '标题'");
        });
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(ExitCode.OK);
        assertThat(target.ticket("X-2").title()).isEqualTo("补开发票");
        assertThat(target.keys()).containsExactlyInAnyOrder("X-1", "X-2", "X-3");
    }

    /** What a person does in Excel: fill the empty titles, save under a new name. */
    private static Path fixTitles(Path workbook, Path fixed, String title) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(fixed)) {
            Sheet sheet = book.getSheetAt(0);
            int titleColumn = TicketSources.HEADER.indexOf("标题");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                sheet.getRow(i).getCell(titleColumn).setCellValue(title);
            }
            book.write(out);
        }
        return fixed;
    }

    private static List<SourceRow> rows(Path file) {
        List<SourceRow> rows = new ArrayList<>();
        try (SourceReader reader = SourceReaders.open(file, SourceOptions.defaults())) {
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                rows.add((SourceRow) record);
            }
        }
        return rows;
    }
}
