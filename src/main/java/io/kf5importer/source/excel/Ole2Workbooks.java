package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Opens an OLE2 compound file (it starts with {@code D0 CF 11 E0}): an Excel 97-2003 workbook, or an {@code .xlsx}
 * workbook that Excel encrypted with a password (Excel wraps those in OLE2, with an {@code EncryptionInfo} stream).
 */
public final class Ole2Workbooks {

    /** Decrypted parts larger than this are kept in AES-encrypted temporary files rather than on the heap. */
    private static final int DECRYPTED_PART_IN_MEMORY_LIMIT = 1024 * 1024;

    private Ole2Workbooks() {
    }

    /**
     * Opens the workbook inside an OLE2 file.
     *
     * @throws SourceException when the file holds no Excel workbook, or is encrypted and
     *     {@link SourceOptions#filePassword()} does not open it
     */
    public static SourceReader open(Path file, SourceOptions options) {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fileSystem.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return new XlsxSourceReader(file, decrypt(file, fileSystem, options.filePassword()), options);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new XlsSourceReader(file, options);
            }
            throw WorkbookFailures.notAWorkbook(file, "an OLE2 (Office 97-2003) file", describe(root));
        } catch (IOException | RuntimeException e) {
            throw WorkbookFailures.unreadable(file, ".xls", e);
        }
    }

    private static OPCPackage decrypt(Path file, POIFSFileSystem fileSystem, String password) throws IOException {
        try {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fileSystem));
            // without a password, try the one Excel itself uses for workbooks that are only protected from changes
            String tried = password == null ? Decryptor.DEFAULT_PASSWORD : password;
            if (!decryptor.verifyPassword(tried)) {
                throw WorkbookFailures.encrypted(file, password != null);
            }
            keepLargeDecryptedPartsOffTheHeap();
            try (InputStream workbookZip = decryptor.getDataStream(fileSystem)) {
                // opening from a stream still goes through POI's zip guards (inflate ratio, entry size)
                return OPCPackage.open(workbookZip);
            }
        } catch (GeneralSecurityException | InvalidFormatException e) {
            throw WorkbookFailures.unreadable(file, "encrypted .xlsx", e);
        }
    }

    /**
     * POI holds the parts of a package opened from a stream in memory unless told otherwise; this is a JVM-wide POI
     * setting, changed only when nobody has set it, so that a large decrypted sheet does not fill the heap and never
     * touches the disk in the clear.
     */
    private static void keepLargeDecryptedPartsOffTheHeap() {
        if (ZipInputStreamZipEntrySource.getThresholdBytesForTempFiles() < 0) {
            ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(DECRYPTED_PART_IN_MEMORY_LIMIT);
            ZipInputStreamZipEntrySource.setEncryptTempFiles(true);
        }
    }

    private static String describe(DirectoryNode root) {
        if (root.hasEntryCaseInsensitive("WordDocument")) {
            return " (a Word 97-2003 document)";
        }
        if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
            return " (a PowerPoint 97-2003 presentation)";
        }
        return "";
    }
}
