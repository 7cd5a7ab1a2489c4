package io.kf5importer.ledger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL session advisory lock, held on a connection of its own until closed; the server releases it when the
 * connection ends, so a killed process never leaves it behind.
 */
final class AdvisoryLock implements AutoCloseable {

    private final Connection connection;
    private final long id;

    private AdvisoryLock(Connection connection, long id) {
        this.connection = connection;
        this.id = id;
    }

    /** Takes the lock if it is free; {@code null} when another session holds it. */
    static AdvisoryLock tryTake(DataSource dataSource, long id) throws SQLException {
        return take(dataSource, id, "SELECT pg_try_advisory_lock(?)");
    }

    /** Takes the lock, waiting while another session holds it. */
    static AdvisoryLock waitFor(DataSource dataSource, long id) throws SQLException {
        return take(dataSource, id, "SELECT true FROM (SELECT pg_advisory_lock(?)) AS taken");
    }

    private static AdvisoryLock take(DataSource dataSource, long id, String sql) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    return new AdvisoryLock(connection, id);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, id);
            statement.execute();
        } finally {
            connection.close();
        }
    }
}
