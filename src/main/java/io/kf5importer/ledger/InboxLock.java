package io.kf5importer.ledger;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * One scheduler at a time takes a file from an inbox, across processes and machines sharing the database: an
 * advisory lock of its own (not {@link ImportLock}, which the import it starts takes in turn), held from choosing a
 * file until the file is moved out of the inbox.
 */
public final class InboxLock implements AutoCloseable {

    /** An arbitrary constant naming the schedulers' lock among the server's advisory locks. */
    private static final long LOCK_ID = 0x4b46_3549_4e42L;

    private final AdvisoryLock lock;

    private InboxLock(AdvisoryLock lock) {
        this.lock = lock;
    }

    /** Takes the lock, waiting while another scheduler holds it. */
    public static InboxLock acquire(DataSource dataSource) throws SQLException {
        return new InboxLock(AdvisoryLock.waitFor(dataSource, LOCK_ID));
    }

    @Override
    public void close() throws SQLException {
        lock.close();
    }
}
