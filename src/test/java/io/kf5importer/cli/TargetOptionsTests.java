package io.kf5importer.cli;

import io.kf5importer.kf5.Kf5Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the account and its secret come from: options and environment first, then the credentials file. */
class TargetOptionsTests {

    @TempDir
    Path folder;

    @Test
    void theCredentialsFileFillsWhatTheOptionsLeaveOut() throws IOException {
        TargetOptions target = new TargetOptions();
        target.config = privateFile("url=https://acme.kf5.com\nemail=admin@acme.com\ntoken=from-file\n");

        Kf5Credentials credentials = target.credentials();

        assertThat(target.url()).isEqualTo("https://acme.kf5.com");
        assertThat(credentials.email()).isEqualTo("admin@acme.com");
        assertThat(credentials.apiToken()).isEqualTo("from-file");
    }

    @Test
    void anOptionWinsOverTheFileAndAPasswordGivenKeepsTheFilesTokenOut() throws IOException {
        TargetOptions target = new TargetOptions();
        target.config = privateFile("url=https://acme.kf5.com\nemail=admin@acme.com\ntoken=from-file\n");
        target.url = "https://other.kf5.com";
        target.password = "typed";

        Kf5Credentials credentials = target.credentials();

        assertThat(target.url()).isEqualTo("https://other.kf5.com");
        assertThat(credentials.password()).isEqualTo("typed");
        assertThat(credentials.apiToken()).isNull();
    }

    @Test
    void aMissingConfigFileIsNamed() {
        TargetOptions target = new TargetOptions();
        target.config = folder.resolve("missing.properties");

        assertThatThrownBy(target::url).hasMessageContaining("--config " + target.config + " does not exist");
    }

    @Test
    void aFileTheGroupMayReadIsRefusedToo() throws IOException {
        TargetOptions target = new TargetOptions();
        target.config = privateFile("token=tok-4711\n");
        Files.setPosixFilePermissions(target.config, PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(target::credentials).hasMessageContaining("(rw-r-----)").hasMessageContaining("chmod 600")
                .hasMessageNotContaining("tok-4711");
    }

    private Path privateFile(String content) throws IOException {
        Path file = Files.writeString(folder.resolve("credentials.properties"), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
