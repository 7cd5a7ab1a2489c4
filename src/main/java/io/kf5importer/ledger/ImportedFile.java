package io.kf5importer.ledger;

/**
 * What makes two imports of a file the same: the same bytes, read the same way, mapped by the same mapping, into the
 * same account. The file's name and folder do not matter, so a file moved or copied is still recognised.
 *
 * @param targetUrl the KF5 account
 * @param sourceSha256 SHA-256 of the source file's bytes
 * @param mappingSha256 SHA-256 of the mapping file's bytes
 * @param reading how the source is read (sheet, encoding, delimiter, header row); never a password
 * @param sourceFile the file's path, for the operator
 */
public record ImportedFile(String targetUrl, String sourceSha256, String mappingSha256, String reading,
        String sourceFile) {
}
