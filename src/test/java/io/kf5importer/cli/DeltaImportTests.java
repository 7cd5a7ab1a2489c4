package io.kf5importer.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.kf5importer.cli.TicketSources.row;
import static org.assertj.core.api.Assertions.assertThat;

/** Nightly exports of a growing helpdesk: new rows created, unchanged rows skipped, changed rows listed or updated. */
class DeltaImportTests {

    @TempDir
    Path folder;

    ImportTarget target;

    @BeforeEach
    void start() throws IOException {
        target = ImportTarget.start(folder);
    }

    @AfterEach
    void stop() {
        target.close();
    }

    @Test
    void theNextNightsExportCreatesNewRowsSkipsUnchangedOnesAndUpdatesChangedOnes() throws IOException {
        Path monday = TicketSources.csv(folder.resolve("monday.csv"), List.of(
                row("D-1", "发票开错了"), row("D-2", "无法登录"), row("D-3", "退款进度")));
        CommandRun first = CommandRun.kf5Import(target.importArgs(monday));
        Path tuesday = TicketSources.csv(folder.resolve("tuesday.csv"), List.of(
                row("D-1", "发票开错了"), row("D-2", "无法登录（已重置密码）"), row("D-3", "退款进度", "已解决"),
                row("D-4", "新的问题")));

        CommandRun second = CommandRun.kf5Import(target.importArgs(tuesday, "--update-changed"));

        assertThat(first.exitCode()).as(first.out()).isEqualTo(ExitCode.OK);
        assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(ExitCode.OK);
        assertThat(second.out()).contains("tickets created   1", "already imported  1", "tickets updated   2");
        assertThat(target.keys()).containsExactlyInAnyOrder("D-1", "D-2", "D-3", "D-4");
        assertThat(target.ticket("D-2").title()).isEqualTo("无法登录（已重置密码）");
        assertThat(target.ticket("D-3").status()).isEqualTo("solved");
        assertThat(target.ticket("D-2").comments()).as("an update adds no reply").hasSize(1);
        assertThat(target.sandbox.state().requestCount("PUT", "/apiv2/tickets/\\d+\\.json")).isEqualTo(2);
        assertThat(Files.readString(target.reportFolder(2).resolve("results.csv"), StandardCharsets.UTF_8))
                .contains("2,D-1,SKIPPED,", "3,D-2,UPDATED,", "4,D-3,UPDATED,", "5,D-4,CREATED,");
    }

    @Test
    void changedRowsAreListedAndLeftAloneWithoutUpdateChanged() throws IOException {
        Path monday = TicketSources.csv(folder.resolve("monday.csv"), List.of(row("D-1", "发票开错了"),
                row("D-2", "无法登录")));
        CommandRun.kf5Import(target.importArgs(monday));
        Path tuesday = TicketSources.csv(folder.resolve("tuesday.csv"), List.of(row("D-1", "发票开错了"),
                row("D-2", "无法登录（已重置密码）")));

        CommandRun listed = CommandRun.kf5Import(target.importArgs(tuesday));
        CommandRun updated = CommandRun.kf5Import(target.importArgs(tuesday, "--update-changed"));

        assertThat(listed.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(listed.out())
                .contains("changed, not sent 1", "Rows changed since their import, not sent")
                .containsPattern("row 3 \\(key D-2\\): ticket \\d+");
        assertThat(updated.out()).contains("tickets updated   1", "already imported  1");
        assertThat(target.sandbox.state().requestCount("PUT", "/apiv2/tickets/\\d+\\.json")).isEqualTo(1);
        assertThat(target.ticket("D-2").title()).isEqualTo("无法登录（已重置密码）");
    }

    @Test
    void aRowRepeatingAnImportedKeyIsRejectedOnEveryRunAndNeverUpdatesTheOtherRowsTicket() throws IOException {
        // Row 4 repeats D-1 in the same chunk as row 2, row 6 repeats D-2 two chunks after row 3.
        Path monday = TicketSources.csv(folder.resolve("monday.csv"), List.of(row("D-1", "发票开错了"),
                row("D-2", "无法登录"), row("D-1", "另一张发票"), row("D-3", "退款进度"), row("D-2", "换了手机")));
        CommandRun first = CommandRun.kf5Import(target.importArgs(monday, "--chunk-size", "3"));
        Path tuesday = TicketSources.csv(folder.resolve("tuesday.csv"), List.of(row("D-1", "发票开错了"),
                row("D-2", "无法登录"), row("D-1", "另一张发票（改）"), row("D-3", "退款进度（改）"),
                row("D-2", "换了手机")));

        CommandRun second = CommandRun.kf5Import(target.importArgs(tuesday, "--update-changed", "--chunk-size", "3"));

        assertThat(first.exitCode()).as(first.out()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(second.out()).contains("tickets updated   1", "rejected          2")
                .containsPattern("row 4 \\(key D-1\\): key 'D-1' is also on row 2 \\(ticket \\d+\\)")
                .containsPattern("row 6 \\(key D-2\\): key 'D-2' is also on row 3 \\(ticket \\d+\\)");
        assertThat(target.ticket("D-1").title()).isEqualTo("发票开错了");
        assertThat(target.ticket("D-2").title()).isEqualTo("无法登录");
        assertThat(target.ticket("D-3").title()).isEqualTo("退款进度（改）");
        assertThat(target.sandbox.state().requestCount("PUT", "/apiv2/tickets/\\d+\\.json")).isEqualTo(1);
    }

    @Test
    void aFileAlreadyImportedWholeIsANoOpThatSaysSoEvenUnderAnotherName() throws IOException {
        Path monday = TicketSources.csv(folder.resolve("monday.csv"), List.of(row("D-1", "发票开错了"),
                row("D-2", "无法登录")));
        CommandRun.kf5Import(target.importArgs(monday));
        Path copy = Files.copy(monday, folder.resolve("monday-copy.csv"));

        CommandRun again = CommandRun.kf5Import(target.importArgs(monday));
        CommandRun copied = CommandRun.kf5Import(target.importArgs(copy));

        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("nothing to do: run 1 imported this very file");
        assertThat(copied.out()).contains("nothing to do: run 1 imported this very file");
        assertThat(target.sandbox.state().requestCount("POST", "/apiv2/tickets\\.json")).isEqualTo(2);
        assertThat(target.sandbox.state().requestCount("GET", "/apiv2/tickets.*")).isZero();
    }

    @Test
    void aFileWithRejectedRowsIsReadAgainSoThatItsFixedRowsCanFollow() throws IOException {
        Path monday = TicketSources.csv(folder.resolve("monday.csv"), List.of(row("D-1", "发票开错了"),
                TicketSources.untitled("D-2")));
        CommandRun first = CommandRun.kf5Import(target.importArgs(monday));

        CommandRun again = CommandRun.kf5Import(target.importArgs(monday));

        assertThat(first.exitCode()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(again.exitCode()).isEqualTo(ExitCode.ROWS_NOT_IMPORTED);
        assertThat(again.out()).doesNotContain("nothing to do").contains("already imported  1", "rejected          1");
    }
}
