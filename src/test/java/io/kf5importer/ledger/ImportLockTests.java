package io.kf5importer.ledger;

import io.kf5importer.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ImportLockTests {

    private final DataSource dataSource = TestPostgres.newDatabase().dataSource();

    @Test
    void aSecondImportOnTheSameDatabaseIsRefusedWhileTheFirstRuns() throws Exception {
        try (ImportLock first = ImportLock.acquire(dataSource)) {

            assertThatIllegalStateException().isThrownBy(() -> ImportLock.acquire(dataSource))
                    .withMessageContaining("Another import is running on this database");
        }
    }

    @Test
    void theLockIsFreeAgainOnceTheFirstImportEnds() throws Exception {
        ImportLock.acquire(dataSource).close();

        assertThatNoException().isThrownBy(() -> ImportLock.acquire(dataSource).close());
    }
}
