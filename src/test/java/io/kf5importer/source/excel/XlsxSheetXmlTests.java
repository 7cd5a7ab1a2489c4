package io.kf5importer.source.excel;

import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.kf5importer.source.excel.TestWorkbooks.lines;
import static io.kf5importer.source.excel.TestWorkbooks.readAll;
import static org.assertj.core.api.Assertions.assertThat;

/** Sheet XML as other writers than POI produce it, written by hand. */
class XlsxSheetXmlTests {

    @TempDir
    Path dir;

    @Test
    void prefixedElementsCellsWithoutReferencesAndPrefixedMergesRead() {
        Path file = HandwrittenXlsx.write(dir.resolve("prefixed.xlsx"), "<x:worksheet xmlns:x=\""
                + HandwrittenXlsx.MAIN + "\"><x:sheetData>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>Title</x:t></x:is></x:c>"
                + "<x:c t=\"inlineStr\"><x:is><x:t>Group</x:t></x:is></x:c></x:row>"
                + "<x:row><x:c><x:v>1</x:v></x:c><x:c t=\"inlineStr\"><x:is><x:t>vip</x:t></x:is></x:c></x:row>"
                + "<x:row><x:c><x:v>2</x:v></x:c></x:row>"
                + "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"B2:B3\"/></x:mergeCells>"
                + "</x:worksheet>");

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [1, vip]", "3: [2, vip]");
    }

    @Test
    void inlineRichTextReadsAsThePlainTextOfItsRunsWithoutPhoneticGuides() {
        Path file = HandwrittenXlsx.write(dir.resolve("rich.xlsx"), worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Title</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>東京</t></r>"
                + "<r><t xml:space=\"preserve\"> office</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>"
                + "</is></c></row>"));

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults()))).containsExactly("2: [東京 office]");
    }

    @Test
    void isoDateCellsAndEastAsianBuiltInDateFormatsReadAsIsoText() {
        Path file = HandwrittenXlsx.write(dir.resolve("dates.xlsx"), worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>A</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>B</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>C</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>D</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"d\" s=\"1\"><v>2024-03-04T09:30:00Z</v></c>"
                + "<c r=\"B2\" t=\"d\"><v>2024-03-04</v></c><c r=\"C2\" s=\"2\"><v>45355</v></c>"
                + "<c r=\"D2\" s=\"3\"><v>45355.5</v></c></row>"));

        assertThat(lines(new XlsxSourceReader(file, SourceOptions.defaults())))
                .containsExactly("2: [2024-03-04T09:30:00, 2024-03-04, 2024-03-04, 2024-03-04]");
    }

    @Test
    void formulaWithoutSavedResultIsACellProblemOfItsRow() {
        Path file = HandwrittenXlsx.write(dir.resolve("uncalculated.xlsx"), worksheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Total</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f>SUM(B2:C2)</f></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><f>1+1</f><v>2</v></c></row>"));

        var records = readAll(new XlsxSourceReader(file, SourceOptions.defaults()));

        SourceRow uncalculated = (SourceRow) records.get(0);
        assertThat(uncalculated.value("Total")).isEqualTo("=SUM(B2:C2)");
        assertThat(uncalculated.cellProblem("Total")).isEqualTo("cell A2 holds a formula with no saved result; open"
                + " the file in Excel, save it and import it again");
        assertThat(TestWorkbooks.line(records.get(1))).isEqualTo("3: [2]");
    }

    private static String worksheet(String rows) {
        return "<worksheet xmlns=\"" + HandwrittenXlsx.MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }
}
