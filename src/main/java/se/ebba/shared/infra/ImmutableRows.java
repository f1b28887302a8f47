package se.ebba.shared.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bounded in-memory copy of rows that never change once committed (a made decision with its items,
 * a saved calculation): Ebba corrects by adding new rows, so a row read once reads the same forever.
 * Only what a committed transaction has seen is kept: a row read inside a transaction is kept when
 * that transaction commits, so a row that is rolled back is never served. It holds no access rule:
 * the caller's module checks the unit and writes the access log before it asks.
 *
 * @param <K> the row's key
 * @param <V> the row, as an immutable value
 */
public final class ImmutableRows<K, V> {

    private final Cache<K, V> rows;

    public ImmutableRows(long maximumSize) {
        this.rows = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The row kept for the key, or the one the loader reads (kept once its transaction commits). */
    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        V kept = rows.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<V> read = loader.apply(key);
        read.ifPresent(row -> keep(key, row));
        return read;
    }

    /** Keeps a row read from the database, when (and if) the reading transaction commits. */
    public void keep(K key, V row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rows.put(key, row);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rows.put(key, row);
            }
        });
    }

    /** The row kept for the key, without reading. */
    public Optional<V> kept(K key) {
        return Optional.ofNullable(rows.getIfPresent(key));
    }
}
