package io.kf5importer.source.excel;

import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the raw parts of an {@code .xlsx} {@code <c>} element into a cell as Excel shows it: shared and inline
 * strings as their plain text, numbers through {@link NumberCellFormatter} with the cell's number format, booleans as
 * {@code TRUE}/{@code FALSE}, formulas as their saved result, error values as problems.
 */
final class XlsxCellText {

    private final SharedStrings strings;
    private final StylesTable styles;
    private final NumberCellFormatter numbers;
    private final Map<Integer, CellNumberFormat> formatsByStyle = new HashMap<>();

    XlsxCellText(SharedStrings strings, StylesTable styles, NumberCellFormatter numbers) {
        this.strings = strings;
        this.styles = styles;
        this.numbers = numbers;
    }

    /**
     * @param type the {@code t} attribute: {@code s}, {@code inlineStr}, {@code str}, {@code b}, {@code e}, {@code d},
     *     or {@code n}/{@code null} for a number
     * @param style the {@code s} attribute, the index of the cell's style, or {@code null}
     * @param value the text of {@code <v>}, or {@code null} when absent
     * @param formula the text of {@code <f>}, or {@code null} when the cell holds no formula
     * @param inline the text of {@code <is>}, or {@code null}
     */
    ExcelCell cell(int column, String type, String style, String value, String formula, String inline) {
        if (value == null && formula != null) {
            return ExcelCell.uncalculated(column, formula);
        }
        String kind = type == null ? "n" : type;
        return switch (kind) {
            case "s" -> ExcelCell.text(column, value == null ? "" : sharedString(value));
            case "inlineStr" -> ExcelCell.text(column, inline != null ? inline : value == null ? "" : value);
            case "str" -> ExcelCell.text(column, value);
            case "b" -> ExcelCell.text(column, value == null ? "" : "1".equals(value) ? "TRUE" : "FALSE");
            case "e" -> value == null ? ExcelCell.text(column, "") : ExcelCell.error(column, value);
            case "d" -> value == null ? ExcelCell.text(column, "") : isoDate(column, value, formatOf(style));
            default -> ExcelCell.text(column, value == null || value.isBlank() ? "" : number(value, style));
        };
    }

    private String sharedString(String index) {
        return strings.getItemAt(Integer.parseInt(index.trim())).getString();
    }

    private String number(String value, String style) {
        return numbers.format(Double.parseDouble(value), formatOf(style));
    }

    /** A cell of type {@code d} holds an ISO-8601 date; it is written out like a date number with that style. */
    private static ExcelCell isoDate(int column, String value, CellNumberFormat format) {
        LocalDateTime dateTime;
        try {
            String text = value.trim().replaceFirst("Z$", "");
            dateTime = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return new ExcelCell(column, "", value, "holds a date that is not ISO-8601; retype it in Excel");
        }
        DateFormatKind kind = format.dateKind();
        if (kind == null) {
            kind = dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? DateFormatKind.DATE : DateFormatKind.DATE_TIME;
        }
        return ExcelCell.text(column, kind.render(dateTime));
    }

    private CellNumberFormat formatOf(String style) {
        if (style == null || styles == null) {
            return CellNumberFormat.GENERAL;
        }
        return formatsByStyle.computeIfAbsent(Integer.parseInt(style.trim()), this::lookUp);
    }

    private CellNumberFormat lookUp(int styleIndex) {
        XSSFCellStyle cellStyle = styleIndex < styles.getNumCellStyles() ? styles.getStyleAt(styleIndex) : null;
        if (cellStyle == null) {
            return CellNumberFormat.GENERAL;
        }
        return CellNumberFormat.of(Short.toUnsignedInt(cellStyle.getDataFormat()), cellStyle.getDataFormatString());
    }
}
