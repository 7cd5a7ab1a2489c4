package io.kf5importer.ledger;

/** Another import holds the database's {@link ImportLock}: nothing was done, and the same command can run later. */
public class ImportLockBusyException extends IllegalStateException {

    public ImportLockBusyException(String message) {
        super(message);
    }
}
