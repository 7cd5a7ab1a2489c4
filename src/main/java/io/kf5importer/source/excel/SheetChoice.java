package io.kf5importer.source.excel;

import io.kf5importer.source.SourceException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Picks the sheet to read: the one asked for by name or 0-based index, else the first visible one. */
final class SheetChoice {

    private SheetChoice() {
    }

    /**
     * @param requested a sheet name, or a 0-based index written in digits; {@code null} for the first visible sheet
     * @throws SourceException when the workbook has no sheet or none matches, listing the sheets there are
     */
    static WorkbookSheet choose(Path file, List<WorkbookSheet> sheets, String requested) {
        if (sheets.isEmpty()) {
            throw new SourceException(file, "holds no sheet at all; open it in Excel and check that it has data");
        }
        if (requested == null || requested.isBlank()) {
            return sheets.stream().filter(WorkbookSheet::visible).findFirst().orElse(sheets.get(0));
        }

        String wanted = requested.trim();
        return byName(sheets, wanted, true)
                .or(() -> byName(sheets, wanted, false))
                .or(() -> byIndex(sheets, wanted))
                .orElseThrow(() -> unknownSheet(file, sheets, wanted));
    }

    private static Optional<WorkbookSheet> byName(List<WorkbookSheet> sheets, String wanted, boolean exactCase) {
        return sheets.stream()
                .filter(sheet -> exactCase ? sheet.name().equals(wanted) : sheet.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    private static Optional<WorkbookSheet> byIndex(List<WorkbookSheet> sheets, String wanted) {
        if (!wanted.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(wanted);
        return index < sheets.size() ? Optional.of(sheets.get(index)) : Optional.empty();
    }

    private static SourceException unknownSheet(Path file, List<WorkbookSheet> sheets, String wanted) {
        String known = sheets.stream().map(WorkbookSheet::describe).collect(Collectors.joining(", "));
        return new SourceException(file, "has no sheet '" + wanted + "'; its sheets are " + known
                + "; pass --sheet with one of these names or 0-based indexes");
    }
}
