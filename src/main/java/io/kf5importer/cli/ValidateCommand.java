package io.kf5importer.cli;

import io.kf5importer.kf5.Kf5ClientSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code kf5-import validate}: maps and checks every row and prints the plan of the import, writing nothing to KF5.
 * With {@code --url} it checks names, custom fields and the sign-in against the account (reads only); with a ledger
 * (a {@code --db-url}, or the embedded one of an earlier import under {@code --home}) it also finds the rows already
 * imported.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Maps and validates every row and prints the plan of the import, without writing anything to"
                + " KF5. Give --url to check against the account; offline checks only what the file and mapping say.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptionsMixin source;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping (YAML).")
    Path mapping;

    @Option(names = "--payloads", paramLabel = "OUT.jsonl",
            description = "Write the JSON request body of each row to create, one per line.")
    Path payloads;

    @Option(names = "--rate", paramLabel = "PER_MINUTE", defaultValue = "120",
            description = "The import's requests per minute, for the estimate; default ${DEFAULT-VALUE}.")
    int ratePerMinute;

    @Mixin
    TargetOptions target;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException {
        ImportCommand.requireFile(source.source, "--source");
        ImportCommand.requireFile(mapping, "--mapping");
        Kf5ClientSettings defaults = Kf5ClientSettings.defaults();
        Kf5ClientSettings settings = new Kf5ClientSettings(ratePerMinute, defaults.concurrency(),
                defaults.connectTimeout(), defaults.readTimeout(), defaults.maxAttempts());
        boolean online = target.hasUrl();
        return new Rehearsal(source.source, source.toSourceOptions(), mapping, payloads)
                .run(online ? target : null, online && database.ledgerExists() ? database : null, settings,
                        spec.commandLine().getOut());
    }
}
