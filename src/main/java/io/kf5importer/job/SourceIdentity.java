package io.kf5importer.job;

import io.kf5importer.ledger.ImportedFile;
import io.kf5importer.source.SourceOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Works out the {@link ImportedFile} of an import: the SHA-256 of its source and mapping, and how it is read. */
final class SourceIdentity {

    private SourceIdentity() {
    }

    static ImportedFile of(ImportRequest request) {
        return new ImportedFile(request.targetUrl(), sha256(request.sourceFile()), sha256(request.mappingFile()),
                reading(request.sourceOptions()), request.sourceFile().toString());
    }

    /** The reading choices, the file password left out: it changes nothing in the rows read. */
    private static String reading(SourceOptions options) {
        return "sheet=" + options.sheet() + ";encoding=" + options.encoding() + ";delimiter=" + options.delimiter()
                + ";header-row=" + options.headerRow();
    }

    private static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
