package io.kf5importer.cli;

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

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code kf5-import inspect}: prints the rows exactly as the reader sees them, one JSON object per line on standard
 * output; what was opened and how (encoding, delimiter, sheet) goes to standard error.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Prints the rows as the reader sees them, one JSON object per line:"
                + " {\"row\": N, \"values\": {\"<header>\": \"<text>\", ...}}.")
final class InspectCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptionsMixin source;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N rows.")
    Long limit;

    @Override
    public Integer call() {
        ImportCommand.requireFile(source.source, "--source");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SourceReader reader = SourceReaders.open(source.source, source.toSourceOptions())) {
            err.println("# " + reader.description());
            err.println("# columns: " + String.join(" | ", reader.header().names()));
            long printed = 0;
            for (SourceRecord record = reader.read(); record != null && (limit == null || printed < limit);
                    record = reader.read()) {
                out.println(JSON.writeValueAsString(toJson(record)));
                printed++;
            }
            out.flush();
            err.flush();
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> toJson(SourceRecord record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("row", record.number());
        if (record instanceof SourceRow row) {
            line.put("values", row.asMap());
            if (!row.cellProblems().isEmpty()) {
                line.put("cell_problems", new java.util.TreeMap<>(row.cellProblems()).values());
            }
            return line;
        }
        UnreadableRow unreadable = (UnreadableRow) record;
        line.put("error", unreadable.message());
        if (unreadable.column() != null) {
            line.put("column", unreadable.column());
        }
        if (unreadable.value() != null) {
            line.put("value", unreadable.value());
        }
        return line;
    }
}
