package io.kf5importer.source.csv;

import static io.kf5importer.source.csv.CsvFixture.readAll;
import static io.kf5importer.source.csv.CsvFixture.row;
import static io.kf5importer.source.csv.CsvFixture.unreadable;
import static org.assertj.core.api.Assertions.assertThat;

import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceReaderQuotingTests {

    @TempDir
    Path folder;

    private CsvFixture files;

    @BeforeEach
    void setUp() {
        files = new CsvFixture(folder);
    }

    @Test
    void doubledQuotesAndDelimitersInsideQuotedCellsAreValues() {
        Path file = files.file("id,subject,tags\n"
                + "1,\"Says \"\"timeout\"\", then stops\",\"wifi,lock\"\n"
                + "2,\"\",\"\"\"\"\n");

        List<SourceRecord> records = readAll(file);

        assertThat(row(records.get(0)).values()).containsExactly("1", "Says \"timeout\", then stops", "wifi,lock");
        assertThat(row(records.get(1)).values()).containsExactly("2", "", "\"");
    }

    @Test
    void lineBreaksInsideQuotedCellsAreKeptAndRowsAreNumberedByPhysicalLine() {
        Path file = files.file("id,description\r\n1,\"first\nsecond\"\r\n2,\"one\r\ntwo\r\nthree\"\r\n3,last\r\n");

        List<SourceRecord> records = readAll(file);

        assertThat(records).extracting(SourceRecord::number).containsExactly(2L, 4L, 7L);
        assertThat(row(records.get(0)).value("description")).isEqualTo("first\nsecond");
        assertThat(row(records.get(1)).value("description")).isEqualTo("one\r\ntwo\r\nthree");
        assertThat(row(records.get(2)).value("description")).isEqualTo("last");
    }

    @Test
    void crlfLfAndBareCrLineEndsAllEndRows() {
        Path file = files.file("id,title\r\n1,crlf\r\n2,lf\n3,cr\r4,\"quoted\rbreak\"\r5,end");

        List<SourceRecord> records = readAll(file);

        assertThat(records).extracting(SourceRecord::number).containsExactly(2L, 3L, 4L, 5L, 7L);
        assertThat(records).extracting(record -> row(record).value("title"))
                .containsExactly("crlf", "lf", "cr", "quoted\rbreak", "end");
    }

    @Test
    void quotedCellsWithDoubledQuotesAndLineBreaksReadBackAsWrittenAcrossBufferEnds() {
        Random random = new Random(7);
        List<List<String>> written = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        StringBuilder csv = new StringBuilder("id,description,note\r\n");
        long line = 2;
        // Enough rows that cells, doubled quotes and CRLF pairs fall across the tokenizer's buffer ends.
        while (csv.length() < 3 * CsvTokenizer.BUFFER_CHARS) {
            List<String> values = List.of(String.valueOf(written.size() + 1), randomValue(random),
                    randomValue(random));
            written.add(values);
            lines.add(line);
            csv.append(values.get(0)).append(',').append(quoted(values.get(1))).append(',')
                    .append(quoted(values.get(2))).append("\r\n");
            line += 1 + lineBreaks(values.get(1)) + lineBreaks(values.get(2));
        }

        List<SourceRecord> records = readAll(files.file(csv.toString()));

        assertThat(records).extracting(SourceRecord::number).containsExactlyElementsOf(lines);
        assertThat(records).extracting(record -> row(record).values()).containsExactlyElementsOf(written);
    }

    @Test
    void strayQuoteInsideAnUnquotedCellIsKeptAsText() {
        Path file = files.file("id,product,note\n1,5\" screen,ok\n2,size 5\",\"a \"\"b\"\"\"\n");

        List<SourceRecord> records = readAll(file);

        assertThat(row(records.get(0)).values()).containsExactly("1", "5\" screen", "ok");
        assertThat(row(records.get(1)).values()).containsExactly("2", "size 5\"", "a \"b\"");
    }

    @Test
    void textAfterAClosingQuoteOnTheSameLineIsKept() {
        Path file = files.file("id,title\n1,\"Hello\" world\n");

        List<SourceRecord> records = readAll(file);

        assertThat(row(records.get(0)).values()).containsExactly("1", "Hello world");
    }

    @Test
    void unclosedQuoteIsReportedWithItsLineAndTheRowsAfterItAreStillRead() {
        Path file = files.file("id,title,note\n1,ok,fine\n2,\"broken,oops\n3,after,fine\n4,last,fine\n");

        List<SourceRecord> records = readAll(file);

        assertThat(records).extracting(SourceRecord::number).containsExactly(2L, 3L, 4L, 5L);
        assertThat(row(records.get(0)).values()).containsExactly("1", "ok", "fine");
        UnreadableRow broken = unreadable(records.get(1));
        assertThat(broken.message()).startsWith("quote opened on line 3 is never closed")
                .contains("reading goes on from line 4");
        assertThat(row(records.get(2)).values()).containsExactly("3", "after", "fine");
        assertThat(row(records.get(3)).values()).containsExactly("4", "last", "fine");
    }

    @Test
    void strayOpeningQuotePairedWithALaterRowsQuoteDoesNotSwallowTheRowsBetween() {
        Path file = files.file("id,title,note\n1,\"broken,oops\n2,between,fine\n3,\"quoted\",fine\n4,after,fine\n");

        List<SourceRecord> records = readAll(file);

        assertThat(records).extracting(SourceRecord::number).containsExactly(2L, 3L, 4L, 5L);
        assertThat(unreadable(records.get(0)).message())
                .startsWith("the quote opened on line 2 closes only on line 4, and text follows it there")
                .contains("reading goes on from line 3");
        assertThat(row(records.get(1)).values()).containsExactly("2", "between", "fine");
        assertThat(row(records.get(2)).values()).containsExactly("3", "quoted", "fine");
        assertThat(row(records.get(3)).values()).containsExactly("4", "after", "fine");
    }

    @Test
    void quotedCellAtTheEndOfAFileWithoutFinalLineBreakIsRead() {
        Path file = files.file("id,title\n1,\"last \"\"one\"\"\"");

        List<SourceRecord> records = readAll(file);

        assertThat(records).singleElement().isInstanceOf(SourceRow.class);
        assertThat(row(records.get(0)).value("title")).isEqualTo("last \"one\"");
    }

    /** A value of text, quotes (often several in a row), delimiters and line breaks of every kind. */
    private static String randomValue(Random random) {
        String[] pieces = {"报错", "a", "\"", "\"\"", ",", "\r\n", "\n", "\r", " ", "订单号：123"};
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            value.append(pieces[random.nextInt(pieces.length)]);
        }
        return value.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static long lineBreaks(String value) {
        return value.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
    }
}
