package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulls the rows of one {@code .xlsx} sheet part with a StAX reader, one {@code <row>} at a time, so that memory
 * stays bounded whatever the number of rows: only the current row, the shared strings and the styles are held.
 * Each cell becomes text through {@link XlsxCellText}.
 */
final class XlsxSheetCells implements ExcelRowSource {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheetCells.class);

    private final Path file;
    private final String sheet;
    private final InputStream sheetXml;
    private final XMLStreamReader xml;
    private final XlsxCellText cellText;
    private long lastRowNumber;
    private boolean finished;

    XlsxSheetCells(Path file, String sheet, InputStream sheetXml, SharedStrings strings, StylesTable styles,
            NumberCellFormatter numbers) throws XMLStreamException {
        this.file = file;
        this.sheet = sheet;
        this.sheetXml = sheetXml;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
        this.cellText = new XlsxCellText(strings, styles, numbers);
    }

    @Override
    public ExcelRow next() {
        try {
            while (!finished && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    ExcelRow row = readRow();
                    if (!row.isBlank()) {
                        return row;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    finished = true;
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw new SourceException(file, sheet, lastRowNumber + 1, null, null, "the sheet cannot be read after row "
                    + lastRowNumber + " (" + WorkbookFailures.rootMessage(e) + "); the file may be truncated or "
                    + "damaged: open it in Excel, save it again and retry", e);
        }
    }

    private ExcelRow readRow() throws XMLStreamException {
        String number = xml.getAttributeValue(null, "r");
        lastRowNumber = number == null ? lastRowNumber + 1 : Long.parseLong(number);
        List<ExcelCell> cells = new ArrayList<>();
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                int column = columnOf(xml.getAttributeValue(null, "r"), lastColumn);
                ExcelCell cell = readCell(column);
                if (cell.hasContent()) {
                    cells.add(cell);
                }
                lastColumn = column;
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new ExcelRow(lastRowNumber, cells);
    }

    private ExcelCell readCell(int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = null;
        String formula = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "f" -> formula = xml.getElementText();
                    case "is" -> inline = readInlineString();
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return cellText.cell(column, type, style, value, formula, inline);
    }

    /** The plain text of an inline string's runs, leaving out phonetic guides. */
    private String readInlineString() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("t")) {
                    text.append(xml.getElementText());
                } else if (xml.getLocalName().equals("rPh")) {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("is")) {
                break;
            }
        }
        return text.toString();
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The 0-based column of a reference such as {@code AB12}; a cell without one follows the previous cell. */
    static int columnOf(String reference, int previousColumn) {
        if (reference == null) {
            return previousColumn + 1;
        }
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char letter = reference.charAt(i);
            if (letter < 'A' || letter > 'Z') {
                break;
            }
            column = column * 26 + (letter - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheetXml.close();
        } catch (XMLStreamException | IOException e) {
            // the sheet was only read, so nothing is lost when its stream fails to close
            LOG.debug("Closing sheet '{}' of {} failed", sheet, file, e);
        }
    }
}
