package io.kf5importer.cli;

import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;
import io.kf5importer.sandbox.Ticket;
import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Incidents naming their problem by another row's key, imported end to end into the sandbox. */
class ProblemLinkImportTests {

    private static final String MAPPING = """
            key: 编号
            ticket:
              title: { column: 标题 }
              comment: { content: { column: 描述 } }
              requester: { column: 邮箱 }
              type: { column: 类型 }
              problem_id: { column: 故障单, row_key: true }
              custom_fields: { field_201: { column: 编号 } }
            """;

    private static final String ROWS = """
            编号,标题,描述,类型,邮箱,故障单
            INC-1,登录失败,点登录没反应,incident,a@example.com,PRB-1
            PRB-1,登录服务故障,认证服务宕机,problem,ops@example.com,
            INC-2,登录又失败,同上,incident,b@example.com,PRB-1
            INC-3,关联不存在的故障,x,incident,c@example.com,PRB-404
            INC-4,关联事件单,x,incident,d@example.com,INC-2
            CYC-A,环一,x,incident,e@example.com,CYC-B
            CYC-B,环二,x,incident,f@example.com,CYC-A
            """;

    @TempDir
    Path folder;

    SandboxServer sandbox;
    String dbUrl;
    Path source;
    Path mapping;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxSettings.defaults());
        dbUrl = TestPostgres.newDatabase().jdbcUrl();
        source = Files.writeString(folder.resolve("links.csv"), ROWS);
        mapping = Files.writeString(folder.resolve("links.yml"), MAPPING);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void incidentsGetTheNewIdOfTheProblemRowWhereverItIsInTheFile() {
        CommandRun run = run("import");

        long problem = ticket("PRB-1").id();
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(ticket("INC-1").problemId()).isEqualTo(problem);
        assertThat(ticket("INC-2").problemId()).isEqualTo(problem);
        assertThat(run.out()).contains("tickets created   3", "rejected          4");
    }

    @Test
    void aMissingRowAnIncidentAndACycleAreRejectedWithTheirReason() {
        CommandRun run = run("import");

        assertThat(run.out())
                .contains("row 5 (key INC-3): value 'PRB-404': problem_id names the row key 'PRB-404', but no row")
                .contains("row 6 (key INC-4): value 'INC-2': problem_id names row 'INC-2', an incident")
                .contains("(a cycle: CYC-A → CYC-B → CYC-A)")
                .contains("(a cycle: CYC-B → CYC-A → CYC-B)");
        assertThat(sandbox.state().ticketCount()).isEqualTo(3);
    }

    @Test
    void aRerunSkipsTheLinkedIncidentsAndSendsAFixedOne() throws IOException {
        run("import");
        Files.writeString(source, ROWS.replace("PRB-404", "PRB-1"));

        CommandRun again = run("import");

        assertThat(again.out()).contains("tickets created   1", "already imported  3");
        assertThat(ticket("INC-3").problemId()).isEqualTo(ticket("PRB-1").id());
    }

    @Test
    void thePlanRejectsTheSameRowsBeforeAnythingIsSent() {
        CommandRun plan = run("validate");

        assertThat(plan.out()).contains("to create          3", "to reject          4")
                .contains("problem_id names the row key 'PRB-404', which no row of this file has")
                .contains("problem_id names row 'INC-2' (row 4), an incident")
                .contains("a cycle");
        assertThat(sandbox.state().ticketCount()).isZero();
    }

    private CommandRun run(String command) {
        return CommandRun.kf5Import(command, "--source", source.toString(), "--mapping", mapping.toString(),
                "--url", sandbox.url(), "--email", "agent@example.com", "--token", "sandbox",
                "--db-url", dbUrl, "--db-user", "postgres", "--rate", "100000");
    }

    private Ticket ticket(String key) {
        return sandbox.state().tickets().stream()
                .filter(ticket -> ticket.customFieldValue("field_201").orElse("").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket for " + key));
    }
}
