package io.kf5importer.cli;

import io.kf5importer.source.SourceOptions;
import picocli.CommandLine.Option;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** How to read the source file: shared by {@code import}, {@code inspect} and {@code validate}. */
final class SourceOptionsMixin {

    @Option(names = "--source", required = true, paramLabel = "FILE", description = "The export: .csv, .xlsx or .xls.")
    Path source;

    @Option(names = "--sheet", paramLabel = "NAME|INDEX",
            description = "Excel sheet by name or 0-based index; default the first visible sheet.")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "CSV encoding (UTF-8, GB18030, UTF-16LE...); default detected.")
    Charset encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "CSV delimiter: ',', ';', '|' or 'tab'; default detected.")
    String delimiter;

    @Option(names = "--header-row", paramLabel = "N",
            description = "Row number of the header; default the first non-empty row.")
    Long headerRow;

    @Option(names = "--file-password", paramLabel = "PASSWORD", interactive = false,
            description = "Password of an encrypted workbook (or env KF5_FILE_PASSWORD).",
            defaultValue = "${env:KF5_FILE_PASSWORD}", showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    String filePassword;

    SourceOptions toSourceOptions() {
        return new SourceOptions(sheet, encoding, delimiterChar(), blankToNull(filePassword), headerRow);
    }

    private Character delimiterChar() {
        if (delimiter == null) {
            return null;
        }
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("--delimiter takes one character or 'tab', got '" + delimiter + "'");
        }
        return delimiter.charAt(0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
