package io.kf5importer.source.csv;

import static io.kf5importer.source.csv.CsvFixture.open;
import static io.kf5importer.source.csv.CsvFixture.readAll;
import static io.kf5importer.source.csv.CsvFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reads the invented exports in /work/shared/sample-exports, which copy real helpdesks' layouts and encodings. */
class CsvSourceReaderSampleExportsTests {

    private static final Path SAMPLES = Path.of("/work/shared/sample-exports");

    @Test
    void udeskExportSavedByChineseExcelIsReadAsGb18030() {
        try (CsvSourceReader reader = open(sample("udesk-tickets.csv"))) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().encoding()).isEqualTo("GB18030");
            assertThat(reader.description().delimiter()).isEqualTo(',');
            assertThat(records).hasSize(30).allMatch(SourceRow.class::isInstance);
            assertThat(row(records.get(0)).value("主题")).isEqualTo("门锁无法连接Wi-Fi");
            assertThat(row(records.get(1)).value("描述"))
                    .isEqualTo("公司名称：成都禾木科技有限公司\n税号：91510100MA00000000\n开户行及账号见附件。");
            SourceRow rescaled = rowNumbered(records, 17);
            assertThat(rescaled.value("工单ID")).isEqualTo("10244");
            assertThat(rescaled.value("提单人手机")).isEqualTo("1.38E+10");
            assertThat(rowNumbered(records, 9).value("提单人手机")).isEqualTo("028-1234569");
        }
    }

    @Test
    void jiraExportKeepsItsRepeatedHeaders() {
        try (CsvSourceReader reader = open(sample("jira-issues.csv"))) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().encoding()).isEqualTo("UTF-8");
            assertThat(reader.header().size()).isEqualTo(56);
            assertThat(Collections.frequency(reader.header().names(), "Labels")).isEqualTo(3);
            assertThat(Collections.frequency(reader.header().names(), "Comment")).isEqualTo(4);
            assertThat(records).hasSize(30).allMatch(SourceRow.class::isInstance);
            assertThat(row(records.get(0)).value("Issue key")).isEqualTo("SUP-130");
            assertThat(row(records.get(2)).value("Summary")).isEqualTo("无法登录商家后台，提示验证码错误");
            assertThat(records.get(29).number()).isEqualTo(78);
            assertThat(row(records.get(29)).value("Issue key")).isEqualTo("SUP-101");
        }
    }

    @Test
    void spreadsheetSavedAsCsvUtf8LosesItsByteOrderMarkAndTrailingEmptyRow() {
        try (CsvSourceReader reader = open(sample("spreadsheet-tickets.csv"))) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().encoding()).isEqualTo("UTF-8 (BOM)");
            assertThat(reader.header().names()).startsWith("工单编号", "标题", "描述");
            assertThat(records).hasSize(30).allMatch(SourceRow.class::isInstance);
            assertThat(records.get(29).number()).isEqualTo(33);
            assertThat(row(records.get(29)).value("工单编号")).isEqualTo("GD20240318-030");
            assertThat(row(records.get(2)).value("描述")).isEqualTo("HDMI 线换过了还是没信号，\n下午两点有客户来访，急！");
        }
    }

    @Test
    void zendeskExportIsReadInFileOrder() {
        try (CsvSourceReader reader = open(sample("zendesk-tickets.csv"))) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.header().size()).isEqualTo(45);
            assertThat(records).hasSize(30).allMatch(SourceRow.class::isInstance);
            assertThat(row(records.get(0)).value("Id")).isEqualTo("4116");
            assertThat(row(records.get(1)).value("Requester")).isEqualTo("钱一鸣");
            assertThat(records.get(29).number()).isEqualTo(31);
        }
    }

    private static Path sample(String name) {
        Path file = SAMPLES.resolve(name);
        assumeThat(Files.isReadable(file)).as("sample export %s is present", file).isTrue();
        return file;
    }

    private static SourceRow rowNumbered(List<SourceRecord> records, long number) {
        return records.stream().filter(record -> record.number() == number).map(CsvFixture::row).findFirst()
                .orElseThrow(() -> new AssertionError("no row on line " + number));
    }
}
