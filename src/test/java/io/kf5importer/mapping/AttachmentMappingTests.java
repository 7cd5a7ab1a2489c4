package io.kf5importer.mapping;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.kf5importer.mapping.MappingFixtures.load;
import static io.kf5importer.mapping.MappingFixtures.ticketRow;
import static org.assertj.core.api.Assertions.assertThat;

class AttachmentMappingTests {

    @TempDir
    Path folder;

    private Path attachments;

    @BeforeEach
    void writeAttachmentFolder() throws IOException {
        attachments = Files.createDirectories(folder.resolve("attachments/日志"));
        attachments = attachments.getParent();
        Files.writeString(attachments.resolve("报价单.txt"), "报价");
        Files.writeString(attachments.resolve("日志/import-log.txt"), "log");
        Files.write(attachments.resolve("big.bin"), new byte[150 * 1024]);
        Files.writeString(folder.resolve("secret.txt"), "outside");
    }

    @Test
    void namedFilesAreFoundInsideTheAttachmentFolder() {
        TicketMapper mapper = mapper("");

        MappedRow mapped = mapper.map(ticketRow("附件", "报价单.txt; 日志/import-log.txt;"));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.attachments()).containsExactly(
                new AttachmentFile("报价单.txt", attachments.resolve("报价单.txt")),
                new AttachmentFile("import-log.txt", attachments.resolve("日志/import-log.txt")));
    }

    @Test
    void missingFileRejectsTheRowByDefault() {
        TicketMapper mapper = mapper("");

        MappedRow mapped = mapper.map(ticketRow("附件", "报价单.txt;合同扫描件.pdf"));

        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("附件");
            assertThat(problem.value()).isEqualTo("合同扫描件.pdf");
            assertThat(problem.message()).contains("no such file in " + attachments);
        });
    }

    @Test
    void missingFileIsLeftOutWithAWarningWhenSkipped() {
        TicketMapper mapper = mapper("  missing: skip\n");

        MappedRow mapped = mapper.map(ticketRow("附件", "报价单.txt;合同扫描件.pdf"));

        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.attachments()).extracting(AttachmentFile::name).containsExactly("报价单.txt");
        assertThat(mapped.warnings()).singleElement().asString().contains("合同扫描件.pdf").contains("skip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "日志/../../secret.txt", "..\\secret.txt", "/etc/hostname",
            "\\\\fileserver\\工单附件\\2024\\007.pdf", "C:\\Users\\a.txt", "//server/share/a.txt"})
    void nameThatEscapesTheFolderIsAProblemEvenWhenMissingFilesAreSkipped(String name) {
        TicketMapper mapper = mapper("  missing: skip\n");

        MappedRow mapped = mapper.map(ticketRow("附件", name));

        assertThat(mapped.attachments()).isEmpty();
        assertThat(mapped.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo(name);
            assertThat(problem.message()).contains("expected a file name inside " + attachments);
        });
    }

    @Test
    void linkLeadingOutOfTheFolderIsAProblem() throws IOException {
        Files.createSymbolicLink(attachments.resolve("link.txt"), folder.resolve("secret.txt"));
        TicketMapper mapper = mapper("");

        MappedRow mapped = mapper.map(ticketRow("附件", "link.txt"));

        assertThat(mapped.problems()).singleElement().asString().contains("link leading out");
    }

    @Test
    void folderLinkLeadingOutOfTheFolderIsAProblemEvenWhenMissingFilesAreSkipped() throws IOException {
        Files.createSymbolicLink(attachments.resolve("shared"), folder);
        TicketMapper mapper = mapper("  missing: skip\n");

        MappedRow mapped = mapper.map(ticketRow("附件", "shared/secret.txt"));

        assertThat(mapped.attachments()).isEmpty();
        assertThat(mapped.problems()).singleElement().asString().contains("link leading out");
    }

    @Test
    void somethingThatCannotBeReadAsAFileRejectsTheRowOrIsLeftOutWhenSkipped() throws IOException {
        Files.createDirectories(attachments.resolve("扫描件.pdf"));

        MappedRow rejected = mapper("").map(ticketRow("附件", "扫描件.pdf"));
        MappedRow skipped = mapper("  missing: skip\n").map(ticketRow("附件", "报价单.txt;扫描件.pdf"));

        assertThat(rejected.problems()).singleElement().asString().contains("cannot be read as a file");
        assertThat(skipped.problems()).isEmpty();
        assertThat(skipped.attachments()).extracting(AttachmentFile::name).containsExactly("报价单.txt");
        assertThat(skipped.warnings()).singleElement().asString().contains("扫描件.pdf", "cannot be read as a file");
    }

    @Test
    void fileOverTheSizeLimitIsAProblem() {
        TicketMapper mapper = mapper("  max_size_mb: 0.1\n");

        MappedRow mapped = mapper.map(ticketRow("附件", "big.bin"));

        assertThat(mapped.problems()).singleElement().asString()
                .contains("is 150 KB; the limit is 103 KB (attachments.max_size_mb)");
    }

    @Test
    void folderIsRelativeToTheSourceFilesFolder() {
        TicketMapper mapper = mapper("");

        assertThat(mapper.attachmentFolder()).isEqualTo(attachments);
    }

    private TicketMapper mapper(String attachmentSettings) {
        MappingConfig mapping = load(folder, "attachments:\n  folder: attachments\n" + attachmentSettings
                + MappingFixtures.MINIMAL + "  attachments: { column: 附件, split: \";\" }\n");
        return new TicketMapper(mapping, folder.resolve("tickets.csv"));
    }
}
