package io.kf5importer.ledger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One import at a time per database, across processes and machines: a PostgreSQL session advisory lock, held on a
 * connection of its own for the whole run and released when it closes (or when the process dies).
 */
public final class ImportLock implements AutoCloseable {

    /** An arbitrary constant naming the importer's lock among the server's advisory locks. */
    private static final long LOCK_ID = 0x4b46_3549_4d50L;

    private final Connection connection;

    private ImportLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock without waiting.
     *
     * @throws ImportLockBusyException when another import holds it
     */
    public static ImportLock acquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_ID);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    connection.close();
                    throw new ImportLockBusyException("Another import is running on this database. Wait for it to"
                            + " finish (see 'kf5-import status'), then run this one again");
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new ImportLock(connection);
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
