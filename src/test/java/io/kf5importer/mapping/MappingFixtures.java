package io.kf5importer.mapping;

import io.kf5importer.source.SourceHeader;
import io.kf5importer.source.SourceRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Mapping files and rows for the mapping tests, written the way a person writes them. */
final class MappingFixtures {

    /** The smallest usable mapping; tests add their settings below it, inside {@code ticket:}. */
    static final String MINIMAL = """
            ticket:
              title: { column: 标题 }
              comment:
                content: { column: 描述 }
            """;

    private MappingFixtures() {
    }

    /** Writes the YAML as {@code mapping.yml} in the folder and loads it. */
    static MappingConfig load(Path folder, String yaml) {
        return MappingConfig.load(write(folder, yaml));
    }

    static Path write(Path folder, String yaml) {
        try {
            return Files.writeString(folder.resolve("mapping.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mapper over the minimal mapping plus ticket settings, for a source file {@code tickets.csv} in the folder. */
    static TicketMapper mapper(Path folder, String ticketSettings) {
        return new TicketMapper(load(folder, MINIMAL + ticketSettings.indent(2)), folder.resolve("tickets.csv"));
    }

    /** Row 2 of a source, from alternating column names and values. */
    static SourceRow row(String... namesAndValues) {
        return row(2, namesAndValues);
    }

    static SourceRow row(long number, String... namesAndValues) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            names.add(namesAndValues[i]);
            values.add(namesAndValues[i + 1]);
        }
        return new SourceRow(number, new SourceHeader(names), values);
    }

    /** A row with a title and a description, plus the given cells. */
    static SourceRow ticketRow(String... namesAndValues) {
        List<String> cells = new ArrayList<>(List.of("标题", "打印机报错", "描述", "收银台打印机报错 E-203"));
        cells.addAll(List.of(namesAndValues));
        return row(cells.toArray(String[]::new));
    }
}
