package io.kf5importer.source.excel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberCellFormatterTests {

    private final NumberCellFormatter formatter = new NumberCellFormatter(false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800138000 | 13800138000",
            "123456789012345678 | 123456789012346000",
            "0.30000000000000004 | 0.3",
            "1.5 | 1.5",
            "-0.0 | 0",
            "1e-10 | 0.0000000001",
            "1e20 | 100000000000000000000",
            "2.675 | 2.675"})
    void generalNumbersShowFifteenSignificantDigitsWithoutExponent(double value, String shown) {
        assertThat(NumberCellFormatter.general(value)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "14 | m/d/yy | 45355.75 | 2024-03-04",
            "22 | m/d/yy h:mm | 45355.75 | 2024-03-04T18:00:00",
            "21 | h:mm:ss | 0.000011574 | 00:00:01",
            "164 | yyyy\"年\"m\"月\"d\"日\" hh:mm | 45355.5 | 2024-03-04T12:00:00",
            "165 | [$-409]mmm d, yyyy | 45355 | 2024-03-04",
            "166 | mmm-yy | 45355 | 2024-03-04",
            "31 | reserved-0x1F | 45355 | 2024-03-04",
            "32 | reserved-0x20 | 0.5 | 12:00:00",
            "46 | [h]:mm:ss | 1.5 | 36:00:00",
            "4 | #,##0.00 | 1234.5 | 1,234.50",
            "44 | _(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"??_);_(@_) | 1234.5 | $ 1,234.50"})
    void formattedNumbersFollowTheirFormat(int index, String pattern, double value, String shown) {
        assertThat(formatter.format(value, CellNumberFormat.of(index, pattern))).isEqualTo(shown);
    }

    @Test
    void datesIn1904WorkbooksCountFrom1904() {
        NumberCellFormatter mac = new NumberCellFormatter(true);

        assertThat(mac.format(0, CellNumberFormat.of(14, "m/d/yy"))).isEqualTo("1904-01-01");
    }
}
