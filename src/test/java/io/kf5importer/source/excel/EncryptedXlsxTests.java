package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.kf5importer.source.excel.TestWorkbooks.lines;
import static io.kf5importer.source.excel.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptedXlsxTests {

    @TempDir
    Path dir;

    @Test
    void encryptedWorkbookOpensWithItsPassword() throws Exception {
        Path file = encryptedWorkbook("s3cret");

        try (SourceReader reader = SourceReaders.open(file, new SourceOptions(null, null, null, "s3cret", null))) {

            assertThat(reader.description().format()).isEqualTo("xlsx");
            assertThat(lines(reader)).containsExactly("2: [classified, vip]", "3: [second, vip]");
        }
    }

    @Test
    void encryptedWorkbookWithoutPasswordIsRefusedAskingForOne() throws Exception {
        Path file = encryptedWorkbook("s3cret");

        assertThatThrownBy(() -> SourceReaders.open(file, SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ": is encrypted; pass --file-password with the password that opens it in Excel");
    }

    @Test
    void encryptedWorkbookWithWrongPasswordIsRefusedSayingSo() throws Exception {
        Path file = encryptedWorkbook("s3cret");

        assertThatThrownBy(() -> SourceReaders.open(file, new SourceOptions(null, null, null, "guess", null)))
                .isInstanceOf(SourceException.class)
                .hasMessage(file + ": is encrypted; pass --file-password with the password that opens it in Excel "
                        + "(the password given does not open it)");
    }

    /** An agile-encrypted workbook, as Excel 2010 and later write them. */
    private Path encryptedWorkbook(String password) throws Exception {
        Path file = dir.resolve("secret.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(password);
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Tickets");
            row(sheet, 1, "Title", "Group");
            row(sheet, 2, "classified", "vip");
            row(sheet, 3, "second");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B2:B3"));
            try (OutputStream encrypted = encryptor.getDataStream(fileSystem)) {
                workbook.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fileSystem.writeFilesystem(out);
            }
        }
        return file;
    }
}
