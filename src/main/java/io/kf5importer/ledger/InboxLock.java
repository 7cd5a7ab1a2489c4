package io.kf5importer.ledger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One scheduler at a time takes a file from an inbox, across processes and machines sharing the database: a
 * PostgreSQL session advisory lock of its own (not {@link ImportLock}, which the import it starts takes in turn),
 * held on a connection of its own from choosing a file until the file is moved out of the inbox.
 */
public final class InboxLock implements AutoCloseable {

    /** An arbitrary constant naming the schedulers' lock among the server's advisory locks. */
    private static final long LOCK_ID = 0x4b46_3549_4e42L;

    private final Connection connection;

    private InboxLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock, waiting while another scheduler holds it. */
    public static InboxLock acquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            statement.setLong(1, LOCK_ID);
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new InboxLock(connection);
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_ID);
            statement.execute();
        } finally {
            connection.close();
        }
    }
}
