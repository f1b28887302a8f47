package se.ebba.shared.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ImmutableRowsTest {

    final ImmutableRows<String, String> rows = new ImmutableRows<>(10);
    final AtomicInteger reads = new AtomicInteger();

    Optional<String> read(String key) {
        reads.incrementAndGet();
        return Optional.of("row " + key);
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aRowReadOutsideATransactionIsReadFromTheDatabaseOnlyOnce() {
        assertThat(rows.get("a", this::read)).contains("row a");
        assertThat(rows.get("a", this::read)).contains("row a");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aRowReadInATransactionIsKeptWhenTheTransactionCommits() {
        TransactionSynchronizationManager.initSynchronization();
        rows.get("a", this::read);
        assertThat(rows.kept("a")).isEmpty();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(rows.kept("a")).contains("row a");
    }

    @Test
    void aRowReadInATransactionThatRollsBackIsNeverServed() {
        TransactionSynchronizationManager.initSynchronization();
        rows.get("a", this::read);
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(rows.kept("a")).isEmpty();
        rows.get("a", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aMissingRowIsNotKept() {
        assertThat(rows.get("gone", key -> Optional.empty())).isEmpty();
        assertThat(rows.kept("gone")).isEmpty();
    }
}
