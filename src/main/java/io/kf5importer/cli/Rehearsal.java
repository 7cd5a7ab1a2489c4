package io.kf5importer.cli;

import io.kf5importer.account.AccountDirectory;
import io.kf5importer.kf5.AccountUrl;
import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.kf5.RequestKind;
import io.kf5importer.kf5.TicketRequest;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.ledger.RowState;
import io.kf5importer.mapping.IdLookups;
import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.mapping.TicketMapper;
import io.kf5importer.plan.ImportPlan;
import io.kf5importer.plan.ImportPlanner;
import io.kf5importer.plan.ImportedRows;
import io.kf5importer.source.SourceOptions;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The rehearsal behind {@code validate} and {@code import --dry-run}: maps and checks every row — against the
 * account when one is given (only reads: the sign-in check and the directory), against the ledger when there is one —
 * prints the plan, and writes the request bodies when asked. Writes nothing to KF5 or to the ledger.
 */
final class Rehearsal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path source;
    private final SourceOptions sourceOptions;
    private final Path mapping;
    private final Path payloads;

    /**
     * @param payloads where to write each body to create as a JSON line, or {@code null}
     */
    Rehearsal(Path source, SourceOptions sourceOptions, Path mapping, Path payloads) {
        this.source = source.toAbsolutePath().normalize();
        this.sourceOptions = sourceOptions;
        this.mapping = mapping;
        this.payloads = payloads;
    }

    /**
     * Plans the import and prints the plan.
     *
     * @param target the account to check against, or {@code null} to check offline
     * @param database the ledger to consult, or {@code null} for none
     * @return the exit code: {@link ExitCode#OK}, or {@link ExitCode#ROWS_NOT_IMPORTED} when rows would be rejected
     */
    int run(TargetOptions target, DatabaseOptions database, Kf5ClientSettings settings, PrintWriter out)
            throws IOException {
        MappingConfig config = MappingConfig.load(mapping);
        try (Kf5Client client = target == null ? null
                : new Kf5Client(target.url(), target.credentials(), settings)) {
            TicketMapper mapper = new TicketMapper(config, source, lookups(client));
            ImportPlan plan = plan(config, mapper, client, target, database, settings, out);
            new PlanPrinter(out).print(plan);
            printLimits(out, client != null, database != null);
            return plan.toReject() == 0 ? ExitCode.OK : ExitCode.ROWS_NOT_IMPORTED;
        }
    }

    /** The account's lookups, after checking the sign-in (the import's first call too); offline ones without. */
    private static IdLookups lookups(Kf5Client client) {
        if (client == null) {
            return IdLookups.offline();
        }
        client.me();
        return new AccountDirectory(client).lookups();
    }

    private ImportPlan plan(MappingConfig config, TicketMapper mapper, Kf5Client client, TargetOptions target,
            DatabaseOptions database, Kf5ClientSettings settings, PrintWriter out) throws IOException {
        try (ConfigurableApplicationContext ledger = database == null ? null
                : ImporterContext.start(database, new Class<?>[0]);
                SourceReader reader = SourceReaders.open(source, sourceOptions);
                Writer bodies = payloads == null ? Writer.nullWriter() : open(payloads)) {
            ColumnCheck.require(config, reader);
            out.println("Rehearsing " + reader.description() + " with " + mapping.getFileName()
                    + (client == null ? ", offline" : " against " + target.url()));
            ImportedRows imported = ledger == null ? ImportedRows.UNKNOWN : imported(ledger, target.url());
            return new ImportPlanner(mapper, imported, body -> write(bodies, body))
                    .plan(reader, () -> lookupsMade(client), settings.effectiveRatePerMinute());
        }
    }

    private void printLimits(PrintWriter out, boolean online, boolean ledger) {
        if (!online) {
            out.println("Not checked: rows already imported (the ledger is kept per KF5 account: give --url)");
            out.println("Checked offline: the file and the mapping only; give --url to check names, custom fields"
                    + " and the sign-in against the account");
        } else if (!ledger) {
            out.println("Not checked: rows already imported (no ledger here: give --db-url, or the import's --home)");
        }
        if (payloads != null) {
            out.println("Request bodies of the rows to create: " + payloads
                    + " (comment.uploads is filled with tokens when the files are uploaded)");
        }
        out.flush();
    }

    private static ImportedRows imported(ConfigurableApplicationContext context, String targetUrl) {
        Ledger ledger = new Ledger(context.getBean(DataSource.class),
                context.getBean(PlatformTransactionManager.class));
        String target = AccountUrl.canonical(targetUrl);
        return key -> ledger.find(target, key).filter(row -> row.state() == RowState.CREATED)
                .map(LedgerRow::ticketId);
    }

    private static long lookupsMade(Kf5Client client) {
        return client == null ? -1 : client.statistics().requestsByKind().getOrDefault(RequestKind.LOOKUP, 0L);
    }

    private static void write(Writer bodies, TicketRequest ticket) {
        try {
            bodies.write(JSON.writeValueAsString(Map.of("ticket", ticket)));
            bodies.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request bodies: " + e.getMessage(), e);
        }
    }

    private static Writer open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
