package io.kf5importer.source.excel;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static io.kf5importer.source.excel.TestWorkbooks.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks written by SheetJS rather than POI (see {@code src/test/resources/excel/make-sheetjs-fixture.js}): a
 * hidden first sheet, text ids with leading zeros, phone numbers as numbers, a formatted amount, dates and
 * date-times, formulas with saved results, a merged range and booleans.
 */
class SheetJsFixtureTests {

    @ParameterizedTest
    @CsvSource({"sheetjs-tickets.xlsx, xlsx", "sheetjs-tickets-sst.xlsx, xlsx", "sheetjs-tickets.xls, xls"})
    void sheetJsWorkbookReadsAsExcelShowsIt(String fixture, String format) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/excel/" + fixture).toURI());

        try (SourceReader reader = SourceReaders.open(file, SourceOptions.defaults())) {

            assertThat(reader.description().format()).isEqualTo(format);
            assertThat(reader.description().sheet()).isEqualTo("Tickets");
            assertThat(reader.header().names()).containsExactly("Ticket", "Title", "Requester phone", "Amount",
                    "Created", "Updated", "Group", "Total", "Urgent");
            assertThat(lines(reader)).containsExactly(
                    "2: [00123, 无法登录, 13800138000, 1,234.50, 2024-03-04, 2024-03-04T09:05:07, VIP, 15034.5, TRUE]",
                    "3: [00124, Printer on fire, 441234567890, 0.3, 2023-12-31, 2024-01-01T23:59:59, VIP, 3, FALSE]");
        }
    }
}
