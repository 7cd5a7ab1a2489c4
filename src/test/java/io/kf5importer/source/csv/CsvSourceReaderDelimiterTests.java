package io.kf5importer.source.csv;

import static io.kf5importer.source.csv.CsvFixture.open;
import static io.kf5importer.source.csv.CsvFixture.readAll;
import static io.kf5importer.source.csv.CsvFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvSourceReaderDelimiterTests {

    @TempDir
    Path folder;

    private CsvFixture files;

    @BeforeEach
    void setUp() {
        files = new CsvFixture(folder);
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t', '|'})
    void eachDelimiterIsDetected(char delimiter) {
        String d = String.valueOf(delimiter);
        Path file = files.file(String.join(d, "id", "title", "phone") + "\n"
                + String.join(d, "7", "Lock", "028-1234569") + "\n"
                + String.join(d, "8", "Door", "") + "\n");

        try (CsvSourceReader reader = open(file)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().delimiter()).isEqualTo(delimiter);
            assertThat(reader.header().names()).containsExactly("id", "title", "phone");
            assertThat(row(records.get(0)).values()).containsExactly("7", "Lock", "028-1234569");
            assertThat(row(records.get(1)).values()).containsExactly("8", "Door", "");
        }
    }

    @Test
    void delimitersInsideQuotedCellsDoNotDecide() {
        Path file = files.file("name;note\n\"Li, Wei\";\"a, b, c\"\n\"Wang, Fang\";plain\n");

        try (CsvSourceReader reader = open(file)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().delimiter()).isEqualTo(';');
            assertThat(row(records.get(0)).values()).containsExactly("Li, Wei", "a, b, c");
        }
    }

    @Test
    void semicolonFileWithDecimalCommasIsSplitOnSemicolons() {
        Path file = files.file("id;amount;note\n1;12,50;ok\n2;3,75;ok\n");

        try (CsvSourceReader reader = open(file)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().delimiter()).isEqualTo(';');
            assertThat(row(records.get(1)).value("amount")).isEqualTo("3,75");
        }
    }

    @Test
    void excelSepLineNamesTheDelimiterAndIsNotTheHeader() {
        Path file = files.file("sep=;\r\nid;title,with comma\r\n1;Lock, front door\r\n");

        try (CsvSourceReader reader = open(file)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().delimiter()).isEqualTo(';');
            assertThat(reader.header().names()).containsExactly("id", "title,with comma");
            assertThat(records).hasSize(1);
            assertThat(records.get(0).number()).isEqualTo(3);
            assertThat(row(records.get(0)).values()).containsExactly("1", "Lock, front door");
        }
    }

    @Test
    void excelSepLineIsFoundAfterAByteOrderMark() {
        Path file = files.file(CsvFixture.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "sep=|\nid|title\n1|Lock\n".getBytes(StandardCharsets.UTF_8)));

        try (CsvSourceReader reader = open(file)) {

            assertThat(reader.description().delimiter()).isEqualTo('|');
            assertThat(reader.header().names()).containsExactly("id", "title");
            assertThat(reader.read().number()).isEqualTo(3);
        }
    }

    @Test
    void givenDelimiterWinsOverDetection() {
        Path file = files.file("id,title|note\n1,Lock|front\n");
        SourceOptions pipe = new SourceOptions(null, null, '|', null, null);

        try (CsvSourceReader reader = new CsvSourceReader(file, pipe)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().delimiter()).isEqualTo('|');
            assertThat(reader.header().names()).containsExactly("id,title", "note");
            assertThat(row(records.get(0)).values()).containsExactly("1,Lock", "front");
        }
    }

    @Test
    void singleColumnFileIsReadWithTheCommaReported() {
        Path file = files.file("email\na@example.com\nb@example.com\n");

        try (CsvSourceReader reader = open(file)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.description().delimiter()).isEqualTo(',');
            assertThat(records).extracting(record -> row(record).value("email"))
                    .containsExactly("a@example.com", "b@example.com");
        }
    }

    @Test
    void descriptionNamesTheTabDelimiter() {
        Path file = files.file("id\ttitle\n1\tLock\n");

        try (CsvSourceReader reader = open(file)) {

            assertThat(reader.description()).hasToString(file.getFileName() + " (csv, UTF-8, delimiter tab)");
        }
    }
}
