package io.kf5importer.cli;

import io.kf5importer.mapping.MappedRow;
import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.mapping.RowProblem;
import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import io.kf5importer.source.SourceRow;
import io.kf5importer.source.UnreadableRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kf5-import validate}: maps and checks every row, writing nothing to KF5. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Maps and validates every row without writing anything to KF5.")
final class ValidateCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptionsMixin source;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping (YAML).")
    Path mapping;

    @Option(names = "--payloads", paramLabel = "OUT.jsonl",
            description = "Write the JSON request body of each good row, one per line.")
    Path payloads;

    @Override
    public Integer call() throws IOException {
        ImportCommand.requireFile(source.source, "--source");
        ImportCommand.requireFile(mapping, "--mapping");
        PrintWriter out = spec.commandLine().getOut();
        TicketMapper mapper = new TicketMapper(MappingConfig.load(mapping), source.source.toAbsolutePath());
        long good = 0;
        long rejected = 0;
        try (SourceReader reader = SourceReaders.open(source.source, source.toSourceOptions());
                Writer bodies = payloads == null ? Writer.nullWriter() : open(payloads)) {
            out.println("Validating " + reader.description());
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                MappedRow row = map(mapper, record);
                if (row.isRejected()) {
                    rejected++;
                    out.printf(Locale.ROOT, "  row %d rejected: %s%n", row.rowNumber(), row.rejectionReason());
                    continue;
                }
                good++;
                row.warnings().forEach(warning -> out.printf(Locale.ROOT, "  row %d: %s%n", row.rowNumber(),
                        warning));
                bodies.write(JSON.writeValueAsString(Map.of("ticket", row.ticket())));
                bodies.write('\n');
            }
        }
        out.printf(Locale.ROOT, "%d rows: %d good, %d rejected%n", good + rejected, good, rejected);
        if (payloads != null) {
            out.println("Request bodies of the good rows: " + payloads);
        }
        out.flush();
        return rejected == 0 ? ExitCode.OK : ExitCode.ROWS_NOT_IMPORTED;
    }

    private static MappedRow map(TicketMapper mapper, SourceRecord record) {
        if (record instanceof SourceRow row) {
            return mapper.map(row);
        }
        UnreadableRow unreadable = (UnreadableRow) record;
        return MappedRow.rejected(unreadable.number(), "#" + unreadable.number(),
                List.of(new RowProblem(unreadable.column(), unreadable.value(), unreadable.message())));
    }

    private static BufferedWriter open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
