package io.kf5importer.source.csv;

import static io.kf5importer.source.csv.CsvFixture.concat;
import static io.kf5importer.source.csv.CsvFixture.open;
import static io.kf5importer.source.csv.CsvFixture.readAll;
import static io.kf5importer.source.csv.CsvFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceRecord;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceReaderEncodingTests {

    private static final String CHINESE = "工单编号,标题,提交人\nGD-001,打印机卡纸,宋佳禾\n";

    @TempDir
    Path folder;

    private CsvFixture files;

    @BeforeEach
    void setUp() {
        files = new CsvFixture(folder);
    }

    @Test
    void utf8WithoutByteOrderMarkIsDetected() {
        Path file = files.file(CHINESE);

        try (CsvSourceReader reader = open(file)) {

            assertThat(reader.description().encoding()).isEqualTo("UTF-8");
            assertThat(reader.header().names()).containsExactly("工单编号", "标题", "提交人");
            assertThat(row(reader.read()).values()).containsExactly("GD-001", "打印机卡纸", "宋佳禾");
        }
    }

    @Test
    void utf8ByteOrderMarkIsHonouredAndStripped() {
        Path file = files.file(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                CHINESE.getBytes(StandardCharsets.UTF_8)));

        try (CsvSourceReader reader = open(file)) {

            assertThat(reader.description().encoding()).isEqualTo("UTF-8 (BOM)");
            assertThat(reader.header().names().get(0)).isEqualTo("工单编号");
            assertThat(row(reader.read()).number()).isEqualTo(2);
        }
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsRead() {
        Path file = files.file(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                CHINESE.getBytes(StandardCharsets.UTF_16LE)));

        try (CsvSourceReader reader = open(file)) {

            assertThat(reader.description().encoding()).isEqualTo("UTF-16LE (BOM)");
            assertThat(reader.header().names()).containsExactly("工单编号", "标题", "提交人");
            assertThat(row(reader.read()).values()).containsExactly("GD-001", "打印机卡纸", "宋佳禾");
        }
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsRead() {
        Path file = files.file(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                CHINESE.getBytes(StandardCharsets.UTF_16BE)));

        try (CsvSourceReader reader = open(file)) {

            assertThat(reader.description().encoding()).isEqualTo("UTF-16BE (BOM)");
            assertThat(reader.header().names()).containsExactly("工单编号", "标题", "提交人");
            assertThat(row(reader.read()).values()).containsExactly("GD-001", "打印机卡纸", "宋佳禾");
        }
    }

    @Test
    void gbkBytesAreReadAsGb18030() {
        Path file = files.file(CHINESE, Charset.forName("GBK"));

        try (CsvSourceReader reader = open(file)) {

            assertThat(reader.description().encoding()).isEqualTo("GB18030");
            assertThat(reader.header().names()).containsExactly("工单编号", "标题", "提交人");
            assertThat(row(reader.read()).values()).containsExactly("GD-001", "打印机卡纸", "宋佳禾");
        }
    }

    @Test
    void fileThatIsNeitherUtf8NorGb18030IsRefusedWithTheFirstBadByte() {
        Path file = files.file(concat("name,city\nZhang,".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x80, (byte) 0xFF, '\n'}));

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("neither UTF-8 nor GB18030")
                .hasMessageContaining("byte 0x80 at offset 16 (line 2) is not valid UTF-8")
                .hasMessageContaining("byte 0x80 at offset 16 (line 2) is not valid GB18030")
                .hasMessageContaining("--encoding")
                .extracting(e -> ((SourceException) e).row()).isEqualTo(2L);
    }

    @Test
    void randomBytesAreRefusedRatherThanReadAsReplacementCharacters() {
        byte[] noise = new byte[4096];
        new Random(20240304).nextBytes(noise);
        noise[0] = 'x';
        Path file = files.file(noise);

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("neither UTF-8 nor GB18030")
                .hasMessageMatching("(?s).*byte 0x[0-9A-F]{2} at offset \\d+ \\(line \\d+\\) is not valid UTF-8.*")
                .hasMessageContaining("--encoding");
    }

    @Test
    void givenEncodingOverridesDetection() {
        Path file = files.file("name,city\nRenée,Köln\n", StandardCharsets.ISO_8859_1);
        SourceOptions latin1 = new SourceOptions(null, StandardCharsets.ISO_8859_1, null, null, null);

        try (CsvSourceReader reader = new CsvSourceReader(file, latin1)) {

            assertThat(reader.description().encoding()).isEqualTo("ISO-8859-1");
            assertThat(row(reader.read()).values()).containsExactly("Renée", "Köln");
        }
    }

    @Test
    void givenEncodingThatDoesNotFitIsRefusedWithTheBadBytesPosition() {
        Path file = files.file("id,title\n1,门锁\n", Charset.forName("GBK"));
        SourceOptions utf8 = new SourceOptions(null, StandardCharsets.UTF_8, null, null, null);

        assertThatThrownBy(() -> new CsvSourceReader(file, utf8))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("byte 0xC3 at offset 11 (line 2) is not valid UTF-8")
                .hasMessageContaining("given with --encoding");
    }

    @Test
    void badByteAfterTheSampledStartStopsReadingWithItsLine() {
        StringBuilder ascii = new StringBuilder("id,name\n");
        int rows = CsvEncodingDetector.SAMPLE_BYTES / 11 + 10;
        for (int i = 0; i < rows; i++) {
            ascii.append(String.format("%06d,abc\n", i));
        }
        Path file = files.file(concat(ascii.toString().getBytes(StandardCharsets.US_ASCII),
                "999999,门锁\n".getBytes(Charset.forName("GBK"))));
        long badLine = rows + 2L;

        try (CsvSourceReader reader = open(file)) {
            int read = 0;
            while (read < rows) {
                assertThat(row(reader.read()).number()).isEqualTo(read + 2L);
                read++;
            }

            assertThatThrownBy(reader::read)
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("(line " + badLine + ") is not valid UTF-8")
                    .hasMessageContaining("--encoding GB18030")
                    .extracting(e -> ((SourceException) e).row()).isEqualTo(badLine);
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedRatherThanReadAsNulCharacters() {
        Path file = files.file("id,title\n1,lock\n", StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("byte 0x00 at offset 1 (line 1)")
                .hasMessageContaining("--encoding UTF-16LE");
    }

    @Test
    void byteOrderMarkIsStrippedWhenTheSameEncodingIsGiven() {
        Path file = files.file(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "id,title\n1,lock\n".getBytes(StandardCharsets.UTF_8)));
        SourceOptions utf8 = new SourceOptions(null, StandardCharsets.UTF_8, null, null, null);

        try (CsvSourceReader reader = new CsvSourceReader(file, utf8)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().encoding()).isEqualTo("UTF-8 (BOM)");
            assertThat(reader.header().names()).containsExactly("id", "title");
            assertThat(records).hasSize(1);
        }
    }
}
