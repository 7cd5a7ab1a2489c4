package io.kf5importer.sandbox;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Settings for a sandbox on the small test seed: users 1 (the admin), 2 (an agent) and 3 (an end user). */
final class TestSandbox {

    static final long ADMIN = 1;
    static final long AGENT = 2;
    static final long END_USER = 3;
    static final long GROUP = 11;

    private TestSandbox() {
    }

    static SandboxSettings settings() {
        return SandboxSettings.defaults().withSeedFile(resource("test-seed.json"));
    }

    static SandboxServer start() throws IOException {
        return SandboxServer.start(settings());
    }

    static Path resource(String name) {
        try {
            return Path.of(TestSandbox.class.getResource("/sandbox/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
