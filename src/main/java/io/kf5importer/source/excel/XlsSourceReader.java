package io.kf5importer.source.excel;

import io.kf5importer.source.SourceDescription;
import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sheet of an Excel 97-2003 {@code .xls} (BIFF8) workbook through HSSF. The whole workbook is loaded, which
 * the format's limit of 65,536 rows per sheet keeps small. Values, sheet choice and header row follow the same rules
 * as {@link XlsxSourceReader}. A workbook encrypted with a password is opened with
 * {@link SourceOptions#filePassword()}. Not thread-safe.
 */
public final class XlsSourceReader implements SourceReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsSourceReader.class);

    private final HSSFWorkbook workbook;
    private final SheetRecords records;
    private final SourceDescription description;

    /**
     * Opens the workbook and reads its header row.
     *
     * @throws SourceException when the file is not a readable workbook, is encrypted without the right password, or
     *     the sheet does not exist or has no header
     */
    public XlsSourceReader(Path file, SourceOptions options) {
        this.workbook = load(file, options.filePassword());
        try {
            WorkbookSheet sheet = SheetChoice.choose(file, sheetsOf(workbook), options.sheet());
            HSSFSheet hssfSheet = workbook.getSheetAt(sheet.index());
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            ExcelRowSource rows = new HssfSheetCells(hssfSheet, new NumberCellFormatter(date1904));

            MergedRanges merged = new MergedRanges(hssfSheet.getMergedRegions());
            this.records = new SheetRecords(file, sheet.name(), rows, merged, options.headerRow());
            this.description = new SourceDescription(file, "xls", null, null, sheet.name());
        } catch (RuntimeException e) {
            close();
            throw WorkbookFailures.unreadable(file, ".xls", e);
        }
    }

    private static HSSFWorkbook load(Path file, String password) {
        // HSSF takes the password of an encrypted .xls from a thread-local, so it is set only around the load
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
            return new HSSFWorkbook(fileSystem.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw WorkbookFailures.encrypted(file, password != null);
        } catch (OldExcelFormatException e) {
            throw new SourceException(file, "is an Excel 5.0/95 workbook, which this importer cannot read; open it "
                    + "in Excel and save it as .xlsx", e);
        } catch (IOException | RuntimeException e) {
            throw WorkbookFailures.unreadable(file, ".xls", e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static List<WorkbookSheet> sheetsOf(HSSFWorkbook workbook) {
        List<WorkbookSheet> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean visible = workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE;
            sheets.add(new WorkbookSheet(i, workbook.getSheetName(i), visible));
        }
        return sheets;
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

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // the workbook was only read, so nothing is lost when it fails to close
            LOG.debug("Closing an .xls workbook failed", e);
        }
    }
}
