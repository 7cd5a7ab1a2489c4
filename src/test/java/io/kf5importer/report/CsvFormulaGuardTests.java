package io.kf5importer.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule against CSV formula injection, cell by cell. */
class CsvFormulaGuardTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://evil.example\",\"点我\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "-", "+", "=", "-abc", "+86 138 0000 1002x"})
    void cellsASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe(String cell) {
        String safe = CsvFormulaGuard.neutralise(cell);

        assertThat(safe).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "+3", "-1,234.50", "+86 138 0000 1002", "+86-10-1234-5678", "-(12)",
            "12", "普通文本", "a=b", " =1+1", "", "邮件 @张伟"})
    void numbersPhoneNumbersAndPlainTextStayAsTheyAre(String cell) {
        String safe = CsvFormulaGuard.neutralise(cell);

        assertThat(safe).isEqualTo(cell);
    }

    @org.junit.jupiter.api.Test
    void anAbsentCellStaysAbsent() {
        assertThat(CsvFormulaGuard.neutralise(null)).isNull();
    }
}
