package io.kf5importer.source.csv;

import static io.kf5importer.source.csv.CsvFixture.open;
import static io.kf5importer.source.csv.CsvFixture.readAll;
import static io.kf5importer.source.csv.CsvFixture.row;
import static io.kf5importer.source.csv.CsvFixture.unreadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceReaderRowTests {

    @TempDir
    Path folder;

    private CsvFixture files;

    @BeforeEach
    void setUp() {
        files = new CsvFixture(folder);
    }

    @Test
    void rowWithTooManyCellsIsRejectedWithItsRowNumberAndTheNextRowIsRead() {
        Path file = files.file("id,title,phone\n1,Lock,13800001111\n2,Lock, front door,13800002222\n3,Door,\n");

        List<SourceRecord> records = readAll(file);

        assertThat(records).extracting(SourceRecord::number).containsExactly(2L, 3L, 4L);
        assertThat(unreadable(records.get(1)).message())
                .startsWith("row 3 has 4 cells, the header has 3 columns; a value probably holds an unquoted ','");
        assertThat(row(records.get(2)).values()).containsExactly("3", "Door", "");
    }

    @Test
    void rowWithTooFewCellsIsRejectedWithItsRowNumberAndTheNextRowIsRead() {
        Path file = files.file("id,title,phone\n1,Lock\n2,Door,13800002222\n");

        List<SourceRecord> records = readAll(file);

        assertThat(unreadable(records.get(0)).number()).isEqualTo(2);
        assertThat(unreadable(records.get(0)).message()).startsWith("row 2 has 2 cells, the header has 3 columns");
        assertThat(row(records.get(1)).values()).containsExactly("2", "Door", "13800002222");
    }

    @Test
    void trailingEmptyCellsBeyondTheHeaderAreIgnored() {
        Path file = files.file("id,title,phone\n1,Lock,,,,\n2,Door,13800002222,,\n3,Gate,x,,y\n");

        List<SourceRecord> records = readAll(file);

        assertThat(row(records.get(0)).values()).containsExactly("1", "Lock", "");
        assertThat(row(records.get(1)).values()).containsExactly("2", "Door", "13800002222");
        assertThat(unreadable(records.get(2)).message()).startsWith("row 4 has 5 cells, the header has 3 columns");
    }

    @Test
    void blankAndAllEmptyLinesAreSkippedAndTheRowNumbersStayPhysical() {
        Path file = files.file("\n\nid,title,phone\n\n1,Lock,x\n,,\n   \n\r\n,,,,,\n2,Door,y\n\n");

        try (CsvSourceReader reader = open(file)) {
            List<SourceRecord> records = readAll(reader);

            assertThat(reader.header().names()).containsExactly("id", "title", "phone");
            assertThat(records).extracting(SourceRecord::number).containsExactly(5L, 10L);
            assertThat(records).allMatch(SourceRow.class::isInstance);
        }
    }

    @Test
    void duplicateAndBlankHeaderNamesStayAndAreTrimmed() {
        Path file = files.file(" Summary ,Labels,Labels,, Labels\t\r\nLock,wifi,door,x,\r\n");

        try (CsvSourceReader reader = open(file)) {
            SourceRow row = row(reader.read());

            assertThat(reader.header().names()).containsExactly("Summary", "Labels", "Labels", "", "Labels");
            assertThat(row.values("Labels")).containsExactly("wifi", "door", "");
            assertThat(row.value("#4")).isEqualTo("x");
        }
    }

    @Test
    void valuesStayExactlyAsWritten() {
        Path file = files.file("mobile,landline,code,excel,note\n13800001111,028-1234569,00123,1.38E+10,  spaced  \n");

        List<SourceRecord> records = readAll(file);

        assertThat(row(records.get(0)).values())
                .containsExactly("13800001111", "028-1234569", "00123", "1.38E+10", "  spaced  ");
    }

    @Test
    void cellsOfTwoMegabytesAreReadWhole() {
        String quoted = "line of a long description, with \"\"quotes\"\"\n".repeat(50_000);
        String plain = "x".repeat(2 * 1024 * 1024);
        Path file = files.file("id,description,notes\n1,\"" + quoted + "\"," + plain + "\n2,short,end\n");

        List<SourceRecord> records = readAll(file);

        String description = row(records.get(0)).value("description");
        assertThat(description).hasSize(quoted.length() - 2 * 50_000);
        assertThat(description).startsWith("line of a long description, with \"quotes\"\n");
        assertThat(row(records.get(0)).value("notes")).isEqualTo(plain);
        assertThat(records.get(1).number()).isEqualTo(50_003);
    }

    @Test
    void rowLongerThanTheReaderKeepsIsRejectedAndTheNextRowIsRead() {
        String huge = "y".repeat((int) CsvTokenizer.MAX_RECORD_CHARS + 1);
        Path file = files.file("id,notes\n1," + huge + "\n2,short\n");

        List<SourceRecord> records = readAll(file);

        assertThat(unreadable(records.get(0)).message())
                .startsWith("row 2 holds more than " + CsvTokenizer.MAX_RECORD_CHARS + " characters");
        assertThat(row(records.get(1)).values()).containsExactly("2", "short");
    }

    @Test
    void headerRowSkipsTheLinesBeforeIt() {
        Path file = files.file("Exported 2024-03-04\nby admin\nid,title\n1,Lock\n");
        SourceOptions third = new SourceOptions(null, null, null, null, 3L);

        try (CsvSourceReader reader = new CsvSourceReader(file, third)) {
            SourceRecord first = reader.read();

            assertThat(reader.header().names()).containsExactly("id", "title");
            assertThat(first.number()).isEqualTo(4);
            assertThat(row(first).values()).containsExactly("1", "Lock");
        }
    }

    @Test
    void headerRowPastTheEndOfTheFileIsRefused() {
        Path file = files.file("id,title\n1,Lock\n");
        SourceOptions tenth = new SourceOptions(null, null, null, null, 10L);

        assertThatThrownBy(() -> new CsvSourceReader(file, tenth))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("line 10");
    }

    @Test
    void emptyFileIsRefused() {
        Path file = files.file("\n\n");

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no header row");
    }

    @Test
    void missingFileIsRefusedWithItsPath() {
        Path file = folder.resolve("missing.csv");

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ": no such file");
    }

    @Test
    void closeReleasesTheFile() throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        assumeThat(Files.isDirectory(descriptors)).as("/proc/self/fd lists open files").isTrue();
        Path file = files.file("id,title\n1,Lock\n");
        long before = openFiles(descriptors, file);
        CsvSourceReader reader = open(file);
        long whileOpen = openFiles(descriptors, file);

        reader.close();

        assertThat(whileOpen).isEqualTo(before + 1);
        assertThat(openFiles(descriptors, file)).isEqualTo(before);
    }

    private static long openFiles(Path descriptors, Path file) throws IOException {
        try (Stream<Path> links = Files.list(descriptors)) {
            return links.filter(link -> {
                try {
                    return Files.readSymbolicLink(link).equals(file.toRealPath());
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).count();
        }
    }
}
