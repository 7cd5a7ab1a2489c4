package io.kf5importer.source.excel;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an {@code .xls} sheet that HSSF has loaded (a BIFF8 sheet has at most 65,536 rows), each cell as Excel
 * shows it: rich text as its plain text, numbers through {@link NumberCellFormatter}, formulas as their saved result.
 */
final class HssfSheetCells implements ExcelRowSource {

    private final HSSFSheet sheet;
    private final NumberCellFormatter numbers;
    private final Map<Short, CellNumberFormat> formatsByStyle = new HashMap<>();
    private int nextRowIndex;

    HssfSheetCells(HSSFSheet sheet, NumberCellFormatter numbers) {
        this.sheet = sheet;
        this.numbers = numbers;
        this.nextRowIndex = Math.max(sheet.getFirstRowNum(), 0);
    }

    @Override
    public ExcelRow next() {
        while (nextRowIndex <= sheet.getLastRowNum()) {
            HSSFRow row = sheet.getRow(nextRowIndex++);
            if (row == null) {
                continue;
            }
            ExcelRow cells = readRow(row);
            if (!cells.isBlank()) {
                return cells;
            }
        }
        return null;
    }

    private ExcelRow readRow(HSSFRow row) {
        List<ExcelCell> cells = new ArrayList<>();
        for (Cell cell : row) {
            ExcelCell read = readCell((HSSFCell) cell);
            if (read.hasContent()) {
                cells.add(read);
            }
        }
        return new ExcelRow(row.getRowNum() + 1L, cells);
    }

    private ExcelCell readCell(HSSFCell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> ExcelCell.text(column, cell.getRichStringCellValue().getString());
            case NUMERIC -> ExcelCell.text(column, number(cell));
            case BOOLEAN -> ExcelCell.text(column, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> ExcelCell.error(column, errorCode(cell.getErrorCellValue()));
            default -> ExcelCell.text(column, "");
        };
    }

    private String number(HSSFCell cell) {
        HSSFCellStyle style = cell.getCellStyle();
        CellNumberFormat format = formatsByStyle.computeIfAbsent(style.getIndex(),
                index -> CellNumberFormat.of(Short.toUnsignedInt(style.getDataFormat()), style.getDataFormatString()));
        return numbers.format(cell.getNumericCellValue(), format);
    }

    private static String errorCode(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR(" + code + ")";
    }

    @Override
    public void close() {
        // the workbook that holds the sheet is closed by the reader
    }
}
