package se.ebba.audit;

import se.ebba.identity.CurrentUser;

/**
 * The access log's hash chain: seals the rows committed since the last run and verifies the chain.
 * Inserting into {@code access_log} takes no lock; the seals are written afterwards, one sealer at a
 * time (a PostgreSQL advisory lock), so that a business transaction never waits for another.
 */
public interface AccessLogChain {

    /** Seals the recently committed rows that have no seal yet; returns how many. Skips if another sealer runs. */
    int sealRecent();

    /** Seals every row that has none, waiting for a running sealer, then recomputes the whole chain. Unit managers only. */
    AccessLogVerification verify(CurrentUser user);
}
