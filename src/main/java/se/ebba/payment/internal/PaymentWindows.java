package se.ebba.payment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import se.ebba.identity.domain.UnitId;
import se.ebba.payment.domain.Actor;
import se.ebba.payment.domain.PaymentWindow;

/** The units' dated payment windows, append-only. */
public interface PaymentWindows {

    void add(UnitId unit, PaymentWindow window, Actor by, Instant at);

    /** The unit's window in force on the date; empty when the unit has set none (the default applies). */
    Optional<PaymentWindow> inForce(UnitId unit, LocalDate on);
}
