package io.kf5importer.job;

import io.kf5importer.ImporterProperties;
import io.kf5importer.account.AccountDirectory;
import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.RunHistory;
import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.mapping.TicketMapper;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The import job of one {@link ImportRequest}: step {@code importRows} reads, maps and sends every row in chunks;
 * step {@code settleRows} resolves the creates that got no answer; step {@code linkRows} sends the incidents that
 * waited for their problem row, and {@code settleLinkedRows} settles those. Loaded only by the {@code import}
 * command, which registers the request.
 */
@Configuration(proxyBeanMethods = false)
public class ImportJobConfiguration {

    static final String JOB_NAME = "kf5Import";

    @Bean(destroyMethod = "close")
    Kf5Client kf5Client(ImportRequest request) {
        return new Kf5Client(request.targetUrl(), request.credentials(), request.client());
    }

    @Bean
    MappingConfig mappingConfig(ImportRequest request) {
        return MappingConfig.load(request.mappingFile());
    }

    @Bean
    AccountDirectory accountDirectory(Kf5Client client) {
        return new AccountDirectory(client);
    }

    /** Built when the context starts, so that a custom field the account lacks stops the run before any row. */
    @Bean
    TicketMapper ticketMapper(MappingConfig mapping, ImportRequest request, AccountDirectory directory) {
        return new TicketMapper(mapping, request.sourceFile(), directory.lookups());
    }

    @Bean
    ProblemLinks problemLinks(Ledger ledger, ImportRequest request) {
        return new ProblemLinks(ledger, request.targetUrl());
    }

    @Bean
    Ledger ledger(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new Ledger(dataSource, transactionManager);
    }

    @Bean
    RunHistory runHistory(DataSource dataSource) {
        return new RunHistory(dataSource);
    }

    @Bean
    RunTracker runTracker(RunHistory runHistory, ImportRequest request, ImporterProperties properties) {
        Path reports = request.reportsFolder() != null ? request.reportsFolder()
                : properties.getHome().resolve("reports");
        return new RunTracker(runHistory, reports);
    }

    @Bean
    TicketSender ticketSender(Kf5Client client, Ledger ledger, TicketMapper mapper, ImportRequest request) {
        Reconciler reconciler = new Reconciler(client, mapper.marker(), request.settleAfter());
        ChangedTickets changes = new ChangedTickets(client, ledger, request.targetUrl(), request.updateChanged());
        return new TicketSender(client, ledger, reconciler, request.targetUrl(), changes);
    }

    /** Ctrl-C or SIGTERM, passed on to the step running. */
    @Bean
    StopRequest stopRequest() {
        return new StopRequest();
    }

    @Bean
    RowProcessor rowProcessor(ImportRequest request, TicketMapper mapper, ProblemLinks links, RunTracker run) {
        return new RowProcessor(mapper, request.sourceFile().getFileName().toString(), links, run);
    }

    @Bean(destroyMethod = "close")
    TicketWriter ticketWriter(TicketSender sender, RunTracker run, StopRequest stop, ImportRequest request) {
        return new TicketWriter(sender, run, stop, request.client().concurrency());
    }

    @Bean
    Step importRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportRequest request, RowProcessor processor, RunTracker run, TicketWriter writer, StopRequest stop,
            ObjectProvider<Clock> clock) {
        StopAtDeadline stopAt = new StopAtDeadline(request.stopAt(), clock.getIfAvailable(Clock::systemDefaultZone),
                run);
        SourceItemReader reader = new SourceItemReader(request, run, processor::prepare);
        return new StepBuilder("importRows", jobRepository)
                .<PreparedRow, PreparedRow>chunk(request.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener((StepExecutionListener) reader)
                .listener(stopAt)
                .listener(stop)
                .build();
    }

    /** Settles this run's unanswered creates and the rows an earlier run left being sent. */
    @Bean
    Step settleRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TicketSender sender, RunTracker run, Ledger ledger, ImportRequest request, RowProcessor processor,
            ProblemLinks links, StopRequest stop) {
        RowsLeftInFlight leftInFlight = new RowsLeftInFlight(ledger, request, processor, links);
        return new StepBuilder("settleRows", jobRepository)
                .tasklet(new SettleTasklet(sender, run, leftInFlight, stop), transactionManager)
                .listener(stop)
                .build();
    }

    @Bean
    Step linkRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TicketSender sender, ProblemLinks links, RunTracker run) {
        return new StepBuilder("linkRows", jobRepository)
                .tasklet(new LinkTasklet(sender, links, run), transactionManager)
                .build();
    }

    @Bean
    Step settleLinkedRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TicketSender sender, RunTracker run, StopRequest stop) {
        return new StepBuilder("settleLinkedRows", jobRepository)
                .tasklet(new SettleTasklet(sender, run, null, stop), transactionManager)
                .listener(stop)
                .build();
    }

    @Bean
    Job kf5Import(JobRepository jobRepository, Step importRows, Step settleRows, Step linkRows,
            Step settleLinkedRows, RunTracker run, RunHistory history) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RunHistoryListener(run, history))
                .start(importRows)
                .next(settleRows)
                .next(linkRows)
                .next(settleLinkedRows)
                .build();
    }

    @Bean
    ImportLauncher importLauncher(JobOperator jobOperator, JobRepository jobRepository, Job kf5Import,
            ImportRequest request, RunHistory history, RunTracker run, StopRequest stop, Kf5Client client,
            DataSource dataSource) {
        return new ImportLauncher(jobOperator, jobRepository, kf5Import, request, history, run, stop, client,
                dataSource);
    }
}
