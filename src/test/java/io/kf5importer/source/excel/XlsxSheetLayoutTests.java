package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.UnreadableRow;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;

import static io.kf5importer.source.excel.TestWorkbooks.lines;
import static io.kf5importer.source.excel.TestWorkbooks.readAll;
import static io.kf5importer.source.excel.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxSheetLayoutTests {

    @TempDir
    Path dir;

    @Test
    void firstVisibleSheetIsReadWhenNoneIsAsked() {
        Path file = threeSheets();

        try (SourceReader reader = new XlsxSourceReader(file, SourceOptions.defaults())) {

            assertThat(reader.description().sheet()).isEqualTo("Tickets");
            assertThat(reader.description().format()).isEqualTo("xlsx");
            assertThat(reader.description().encoding()).isNull();
            assertThat(reader.header().names()).containsExactly("Title");
        }
    }

    @Test
    void sheetIsChosenByNameOrByZeroBasedIndex() {
        Path file = threeSheets();

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults().withSheet("Archive"))))
                .containsExactly("2: [old]");
        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults().withSheet("0"))))
                .containsExactly("2: [secret]");
    }

    @Test
    void unknownSheetIsRefusedListingTheSheetsThereAre() {
        Path file = threeSheets();

        assertThatThrownBy(() -> new XlsxSourceReader(file, SourceOptions.defaults().withSheet("Tikets")))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ": has no sheet 'Tikets'; its sheets are 'Lookups' (0, hidden), 'Tickets' (1), "
                        + "'Archive' (2); pass --sheet with one of these names or 0-based indexes");
    }

    @Test
    void headerIsTheFirstRowWithValuesAndKeepsBlankAndRepeatedNames() {
        Path file = sheet(sheet -> {
            row(sheet, 3, " Title ", null, "Comment", "Comment");
            row(sheet, 4, "Login fails", "x", "first", "second");
        });

        try (SourceReader reader = new XlsxSourceReader(file, SourceOptions.defaults())) {

            assertThat(reader.header().names()).containsExactly("Title", "", "Comment", "Comment");
            assertThat(lines(reader)).containsExactly("4: [Login fails, x, first, second]");
        }
    }

    @Test
    void headerRowOptionSkipsTheRowsAboveIt() {
        Path file = sheet(sheet -> {
            row(sheet, 1, "Export of 2024-03-04");
            row(sheet, 2, "Title", "Status");
            row(sheet, 3, "Login fails", "open");
        });

        SourceOptions options = new SourceOptions(null, null, null, null, 2L);
        try (SourceReader reader = new XlsxSourceReader(file, options)) {

            assertThat(reader.header().names()).containsExactly("Title", "Status");
            assertThat(lines(reader)).containsExactly("3: [Login fails, open]");
        }
    }

    @Test
    void headerRowOptionOnAnEmptyRowIsRefused() {
        Path file = sheet(sheet -> {
            row(sheet, 1, "Title");
            row(sheet, 5, "Login fails");
        });

        assertThatThrownBy(() -> new XlsxSourceReader(file, new SourceOptions(null, null, null, null, 3L)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("sheet 'Tickets', row 3: the header row 3 is empty; the next row with values "
                        + "is 5");
    }

    @Test
    void blankRowsAreSkippedAndRowsKeepExcelsNumbersAndShortRowsArePadded() {
        Path file = sheet(sheet -> {
            row(sheet, 1, "Title", "Status", "Owner");
            row(sheet, 2, "one", "open", "ann");
            row(sheet, 3, "", "");
            row(sheet, 6, "two");
            row(sheet, 9, null, null, "cy");
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [one, open, ann]", "6: [two, , ]", "9: [, , cy]");
    }

    @Test
    void valueBeyondTheHeaderMakesItsRowUnreadable() {
        Path file = sheet(sheet -> {
            row(sheet, 1, "Title", "Status");
            row(sheet, 9, "one", "open", null, null, "stray");
            row(sheet, 10, "two", "closed");
        });

        var records = readAll(new XlsxSourceReader(file, SourceOptions.defaults()));

        UnreadableRow unreadable = (UnreadableRow) records.get(0);
        assertThat(unreadable.column()).isEqualTo("E");
        assertThat(unreadable.value()).isEqualTo("stray");
        assertThat(unreadable.message()).isEqualTo("row 9 has a value in column E beyond the header, which ends at "
                + "column B; give that column a header or clear the cell");
        assertThat(TestWorkbooks.line(records.get(1))).isEqualTo("10: [two, closed]");
    }

    @Test
    void mergedValueFillsItsWholeRangeInHeaderAndData() {
        Path file = sheet(sheet -> {
            row(sheet, 1, "Title", "Contact", null, "Status");
            row(sheet, 2, "one", "ann", "ann@example.com", "open");
            row(sheet, 3, "two", "bob", "bob@example.com");
            row(sheet, 4, "three", "cy", "cy@example.com");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B1:C1"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("D3:D4"));
            row(sheet, 3, null, null, null, "pending");
        });

        try (SourceReader reader = new XlsxSourceReader(file, SourceOptions.defaults())) {

            assertThat(reader.header().names()).containsExactly("Title", "Contact", "Contact", "Status");
            assertThat(lines(reader)).containsExactly("2: [one, ann, ann@example.com, open]",
                    "3: [two, bob, bob@example.com, pending]", "4: [three, cy, cy@example.com, pending]");
        }
    }

    @Test
    void mergedRangeReachingIntoAnEmptyRowDoesNotMakeItARecord() {
        Path file = sheet(sheet -> {
            row(sheet, 1, "Title", "Note");
            row(sheet, 2, "one", "spans two rows");
            row(sheet, 4, "two", "single");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B2:B3"));
        });

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [one, spans two rows]", "4: [two, single]");
    }

    @Test
    void sheetWithoutAnyValueIsRefused() {
        Path file = sheet(sheet -> {
        });

        assertThatThrownBy(() -> new XlsxSourceReader(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("the sheet holds no row with values, so there is no header");
    }

    private Path sheet(Consumer<Sheet> content) {
        return TestWorkbooks.xlsx(dir.resolve("sheet.xlsx"),
                workbook -> content.accept(workbook.createSheet("Tickets")));
    }

    private Path threeSheets() {
        return TestWorkbooks.xlsx(dir.resolve("sheets.xlsx"), workbook -> {
            fill(workbook, "Lookups", "secret");
            fill(workbook, "Tickets", "current");
            fill(workbook, "Archive", "old");
            workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
            workbook.setActiveSheet(1);
        });
    }

    private static void fill(Workbook workbook, String name, String value) {
        Sheet sheet = workbook.createSheet(name);
        row(sheet, 1, "Title");
        row(sheet, 2, value);
    }
}
