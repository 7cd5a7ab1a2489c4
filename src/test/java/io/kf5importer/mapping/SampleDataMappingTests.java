package io.kf5importer.mapping;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's own data: config/mapping.yml over sample-data/tickets.csv rejects exactly the rows sample-data/README.md
 * lists, for the reasons it gives. The CSV is read here with OpenCSV's RFC 4180 parser, row numbers being the line a
 * record starts on, as the importer's CSV reader numbers them.
 */
class SampleDataMappingTests {

    private static final Path MAPPING = Path.of("config/mapping.yml");

    private static final Path CSV = Path.of("sample-data/tickets.csv");

    /** Line → the key and, per problem, the column and a piece of its message. */
    private static final Map<Long, Rejection> REJECTED = Map.ofEntries(
            rejected(59, "GD202403-053", "标题", "title is empty"),
            rejected(60, "GD202403-054", "状态", "not a known status"),
            rejected(61, "GD202403-055", "电话", "scientific notation"),
            rejected(62, "GD202403-056", "附件", "no such file"),
            rejected(63, "GD202403-057", "邮箱", "not a valid email address"),
            rejected(64, "GD202403-058", "截止时间", "not a date in a declared format"),
            rejected(65, "GD202403-059", "附件", "a network share path"),
            rejected(66, "tickets.csv#66", "工单编号", "the key is empty"),
            rejected(67, "GD202403-061", "提交人, 邮箱, 电话", "no requester"),
            rejected(68, "GD202403-062", "标题", "title is empty", "邮箱", "not a valid email address",
                    "优先级", "not a known priority", "附件", "climbs out with '..'"),
            rejected(69, "GD202403-063", "截止时间", "no such date"));

    private static final Map<Long, String> WARNED = Map.of(
            56L, "due_at '2024-03-08 09:00:00' left out");

    private static List<MappedRow> mapped;

    private record Rejection(String key, List<String> columns, List<String> reasons) {
    }

    @BeforeAll
    static void mapTheSampleCsv() throws Exception {
        MappingConfig mapping = MappingConfig.load(MAPPING);
        TicketMapper mapper = new TicketMapper(mapping, CSV);
        mapped = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(CSV, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(reader)
                        .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            SourceHeader header = new SourceHeader(List.of(csv.readNext()));
            assertThat(mapping.missingColumns(header)).isEmpty();
            long line = csv.getLinesRead() + 1;
            for (String[] values = csv.readNext(); values != null; values = csv.readNext()) {
                mapped.add(mapper.map(new SourceRow(line, header, List.of(values))));
                line = csv.getLinesRead() + 1;
            }
        }
    }

    @Test
    void sampleHasAtLeastFiftyTickets() {
        assertThat(mapped).hasSizeGreaterThanOrEqualTo(50);
        assertThat(mapped.stream().filter(row -> !row.isRejected())).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void exactlyTheDocumentedRowsAreRejectedForTheDocumentedReasons() {
        Map<Long, MappedRow> rejected = new LinkedHashMap<>();
        mapped.stream().filter(MappedRow::isRejected).forEach(row -> rejected.put(row.rowNumber(), row));

        assertThat(rejected).containsOnlyKeys(REJECTED.keySet());
        REJECTED.forEach((line, expected) -> {
            MappedRow row = rejected.get(line);
            assertThat(row.key()).as("key of line %d", line).isEqualTo(expected.key());
            assertThat(row.problems()).extracting(RowProblem::column).as("line %d", line)
                    .containsExactlyElementsOf(expected.columns());
            for (int i = 0; i < expected.reasons().size(); i++) {
                assertThat(row.problems().get(i).message()).as("line %d", line).contains(expected.reasons().get(i));
            }
        });
    }

    @Test
    void onlyTheDocumentedRowsCarryWarnings() {
        Map<Long, List<String>> warned = new LinkedHashMap<>();
        mapped.stream().filter(row -> !row.warnings().isEmpty()).forEach(row -> warned.put(row.rowNumber(),
                row.warnings()));

        assertThat(warned).containsOnlyKeys(WARNED.keySet());
        WARNED.forEach((line, warning) -> assertThat(warned.get(line)).singleElement().asString().contains(warning));
    }

    @Test
    void readmeListsTheRejectedAndWarnedRowsTheTestExpects() throws Exception {
        String readme = Files.readString(Path.of("sample-data/README.md"));

        Map<Long, String> rejected = listedRows(readme, "## Rows that are rejected");
        Map<Long, String> warned = listedRows(readme, "## Rows that are sent with a warning");

        Map<Long, String> expected = new LinkedHashMap<>();
        REJECTED.forEach((line, rejection) -> expected.put(line, rejection.key()));
        assertThat(rejected).isEqualTo(expected);
        assertThat(warned).containsOnlyKeys(WARNED.keySet());
    }

    @Test
    void acceptedRowsCarryTheSourceKeyInField201AndResolvedAttachments() {
        MappedRow first = mapped.get(0);

        assertThat(first.ticket().customFields()).singleElement()
                .satisfies(field -> assertThat(field.name()).isEqualTo("field_201"))
                .satisfies(field -> assertThat(field.value()).isEqualTo("GD202403-001"));
        assertThat(first.attachments()).singleElement()
                .satisfies(file -> assertThat(file.path()).isRegularFile().hasFileName("error-screenshot.png"));
    }

    /** The line → key rows of the README table under the heading. */
    private static Map<Long, String> listedRows(String readme, String heading) {
        String section = readme.substring(readme.indexOf(heading) + heading.length());
        int next = section.indexOf("\n## ");
        Matcher rows = Pattern.compile("(?m)^\\| (\\d+) \\| `([^`]+)` \\|")
                .matcher(next < 0 ? section : section.substring(0, next));
        Map<Long, String> listed = new LinkedHashMap<>();
        while (rows.find()) {
            listed.put(Long.parseLong(rows.group(1)), rows.group(2));
        }
        return listed;
    }

    private static Map.Entry<Long, Rejection> rejected(long line, String key, String... columnsAndReasons) {
        List<String> columns = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < columnsAndReasons.length; i += 2) {
            columns.add(columnsAndReasons[i]);
            reasons.add(columnsAndReasons[i + 1]);
        }
        return Map.entry(line, new Rejection(key, columns, reasons));
    }
}
