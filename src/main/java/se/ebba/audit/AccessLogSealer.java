package se.ebba.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** Seals new access-log rows every few seconds, shortly after their transactions committed. */
@Component
class AccessLogSealer {

    private static final Logger log = LoggerFactory.getLogger(AccessLogSealer.class);

    private final AccessLogChain chain;

    AccessLogSealer(AccessLogChain chain) {
        this.chain = chain;
    }

    @Scheduled(initialDelayString = "${ebba.access-log.seal-interval:5s}", fixedDelayString = "${ebba.access-log.seal-interval:5s}")
    void seal() {
        try {
            chain.sealRecent();
        } catch (DataAccessException | TransactionException e) {
            // The database is away; the rows are sealed on a later run.
            log.warn("Could not seal the access log now: {}", e.getClass().getSimpleName());
        }
    }
}
