package io.kf5importer.ledger;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * One import at a time per database, across processes and machines: an advisory lock held for the whole run and
 * released when it closes (or when the process dies).
 */
public final class ImportLock implements AutoCloseable {

    /** An arbitrary constant naming the importer's lock among the server's advisory locks. */
    private static final long LOCK_ID = 0x4b46_3549_4d50L;

    private final AdvisoryLock lock;

    private ImportLock(AdvisoryLock lock) {
        this.lock = lock;
    }

    /**
     * Takes the lock without waiting.
     *
     * @throws IllegalStateException when another import holds it
     */
    public static ImportLock acquire(DataSource dataSource) throws SQLException {
        AdvisoryLock lock = AdvisoryLock.tryTake(dataSource, LOCK_ID);
        if (lock == null) {
            throw new IllegalStateException("Another import is running on this database. Wait for it to"
                    + " finish (see 'kf5-import status'), then run this one again");
        }
        return new ImportLock(lock);
    }

    @Override
    public void close() throws SQLException {
        lock.close();
    }
}
