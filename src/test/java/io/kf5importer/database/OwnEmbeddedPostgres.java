package io.kf5importer.database;

import java.nio.file.Path;

/** Run in a child JVM by the tests: starts the home's server, says so, and waits to be killed. */
public final class OwnEmbeddedPostgres {

    private OwnEmbeddedPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrJoin(Path.of(args[0]));
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
