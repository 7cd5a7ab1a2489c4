package io.kf5importer.source.excel;

import io.kf5importer.source.SourceDescription;
import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads one sheet of an {@code .xlsx} (or {@code .xlsm}) workbook, streaming its rows so that memory stays bounded
 * whatever their number: the sheet part is pulled row by row (StAX over POI's {@link XSSFReader} part streams), with
 * the shared strings ({@link ReadOnlySharedStringsTable}, without phonetic runs) and the styles held in memory.
 * Merged ranges are found first by a byte scan of the same part (see {@link MergedRangeScanner}), since the sheet
 * XML lists them after its rows.
 *
 * <p>Values are as {@link NumberCellFormatter} and {@link XlsxCellText} describe; the sheet and header row are chosen
 * by {@link SourceOptions}. Not thread-safe.
 */
public final class XlsxSourceReader implements SourceReader {

    private final OPCPackage workbookPackage;
    private final ExcelRowSource rows;
    private final SheetRecords records;
    private final SourceDescription description;

    /**
     * Opens the workbook and reads its header row.
     *
     * @throws SourceException when the file is not a readable workbook, the sheet does not exist or has no header
     */
    public XlsxSourceReader(Path file, SourceOptions options) {
        this(file, XlsxPackage.open(file), options);
    }

    /** Reads an already opened package (a decrypted workbook); the package is closed with this reader. */
    XlsxSourceReader(Path file, OPCPackage workbookPackage, SourceOptions options) {
        this.workbookPackage = workbookPackage;
        ExcelRowSource sheetRows = null;
        try {
            XSSFReader reader = new XSSFReader(XlsxPackage.requireWorkbook(file, workbookPackage));
            XlsxWorkbook workbook = readWorkbook(reader);
            WorkbookSheet sheet = SheetChoice.choose(file, workbook.sheets(), options.sheet());
            String part = workbook.relationIdOf(sheet);

            MergedRanges merged = new MergedRanges(MergedRangeScanner.scan(reader.getSheet(part)));
            // TODO: the shared strings are held on the heap, about 70 bytes per unique text: a sheet with millions of
            // unique texts needs heap in proportion (2 million took 150 MB); a table kept in a temporary file would
            // bound it, at the cost of the export's text lying on disk while it is read.
            SharedStrings strings = new ReadOnlySharedStringsTable(workbookPackage, false);
            StylesTable styles = reader.getStylesTable();
            NumberCellFormatter numbers = new NumberCellFormatter(workbook.date1904());
            sheetRows = new XlsxSheetCells(file, sheet.name(), reader.getSheet(part), strings, styles, numbers);

            this.rows = sheetRows;
            this.records = new SheetRecords(file, sheet.name(), sheetRows, merged, options.headerRow());
            this.description = new SourceDescription(file, "xlsx", null, null, sheet.name());
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            if (sheetRows != null) {
                sheetRows.close();
            }
            workbookPackage.revert();
            throw WorkbookFailures.unreadable(file, ".xlsx", e);
        }
    }

    private static XlsxWorkbook readWorkbook(XSSFReader reader)
            throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream workbookXml = reader.getWorkbookData()) {
            return XlsxWorkbook.read(workbookXml);
        }
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    @Override
    public SourceHeader header() {
        return records.header();
    }

    @Override
    public SourceRecord read() {
        return records.read();
    }

    /** Closes the sheet stream and the package; a decrypted workbook's temporary copies go with it. */
    @Override
    public void close() {
        rows.close();
        workbookPackage.revert();
    }
}
