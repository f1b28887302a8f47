package se.ebba.recovery.internal;

import java.util.List;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UnitId;
import se.ebba.recovery.domain.IncorrectPayment;
import se.ebba.recovery.domain.IncorrectPaymentId;
import se.ebba.recovery.domain.RecoveryMatter;
import se.ebba.recovery.domain.Step;

/** Incorrect payments and the steps of their recovery matters, append-only. */
public interface RecoveryMatters {

    void register(IncorrectPayment payment);

    /** Appends the steps in order (the database refuses a second decision or closing of a matter). */
    void append(List<Step> steps);

    /** The matter, its row locked until the transaction ends so that steps of one matter are recorded one at a time. */
    Optional<RecoveryMatter> lock(IncorrectPaymentId id);

    Optional<RecoveryMatter> find(IncorrectPaymentId id);

    List<RecoveryMatter> ofCase(CaseId caseId);

    List<RecoveryMatter> ofUnit(UnitId unit);
}
