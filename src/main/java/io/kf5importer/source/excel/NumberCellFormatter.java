package io.kf5importer.source.excel;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a number cell as a person sees it in Excel.
 *
 * <ul>
 *   <li>General (and Text {@code @}) format: the value to Excel's 15 significant digits, without exponent and without
 *   trailing zeros, so that ids and phone numbers stored as numbers come out whole ({@code 13800138000}) and binary
 *   noise is gone ({@code 0.30000000000000004} gives {@code 0.3}).</li>
 *   <li>Date and time formats: ISO-8601 local text, see {@link DateFormatKind}, in the workbook's 1900 or 1904 date
 *   system.</li>
 *   <li>Any other format: as POI's {@link DataFormatter} renders that format in a US locale ({@code 1,234.50}),
 *   with the fill and padding spaces of accounting formats cut to one ({@code $ 1,234.50}).</li>
 * </ul>
 *
 * <p>Not thread-safe (POI's formatter caches formats).
 */
final class NumberCellFormatter {

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    /** Runs of spaces come from the fill ({@code *}) and padding ({@code _}) codes, which only align columns. */
    private static final Pattern PADDING = Pattern.compile(" {2,}");
    /** Whole numbers below this have at most 15 digits and are shown exactly as they are. */
    private static final double WHOLE_WITHIN_PRECISION = 1e15;

    private final boolean date1904;
    private final DataFormatter formatter = new DataFormatter(Locale.US);

    NumberCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    String format(double value, CellNumberFormat format) {
        DateFormatKind dateKind = format.dateKind();
        if (dateKind != null && DateUtil.isValidExcelDate(value)) {
            return dateKind.render(DateUtil.getLocalDateTime(value, date1904, true));
        }
        if (format.isGeneral() || dateKind != null) {
            return general(value);
        }
        String formatted = formatter.formatRawCellContents(value, format.index(), format.pattern(), date1904);
        return PADDING.matcher(formatted.strip()).replaceAll(" ");
    }

    /** The number as Excel's General format shows it in a wide enough column, never in scientific notation. */
    static String general(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_WITHIN_PRECISION) {
            return Long.toString((long) value);
        }
        BigDecimal shown = new BigDecimal(Double.toString(value)).round(EXCEL_PRECISION).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }
}
