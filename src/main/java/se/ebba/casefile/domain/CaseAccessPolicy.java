package se.ebba.casefile.domain;

import java.util.Collection;
import se.ebba.identity.domain.Role;

/**
 * Least privilege (OSL 26 kap. 1 §; shared/domain/README.md): what each role may read and change of
 * its own units' cases. The one place that says it; the case file asks it for every read and
 * change. The unit boundary is checked beside it: no role reads another unit's cases.
 *
 * <p>The cashier checks payments (decision, amount, recipient, account) and reads nothing else of the
 * case. Roles whose work does not exist in Ebba yet get nothing until it does: the auditor until audits
 * with samples exist (then: the cases of the sample they were given), the quality developer until
 * self-checks exist. ADMIN never reads case contents; the applicant sees no staff pages.
 */
public final class CaseAccessPolicy {

    public enum Access {
        NONE, READ, CHANGE;

        public boolean reads() {
            return this != NONE;
        }

        public boolean changes() {
            return this == CHANGE;
        }
    }

    private CaseAccessPolicy() {
    }

    public static Access of(Role role, CaseContent content) {
        if (content == CaseContent.INVESTIGATION) {
            return investigation(role);
        }
        if (content == CaseContent.PAYMENT) {
            return payment(role);
        }
        if (content == CaseContent.RECOVERY && role == Role.FRAUD_INVESTIGATOR) {
            // FUT investigates incorrect payments and prepares the recovery.
            return Access.CHANGE;
        }
        return switch (role) {
            case INTAKE_OFFICER, CASEWORKER, PAYMENT_OFFICER, TEAM_LEAD, UNIT_MANAGER -> content == CaseContent.CASE_LISTS ? Access.READ : Access.CHANGE;
            // FUT investigates incorrect payments: reads the case and writes its findings in the journal.
            case FRAUD_INVESTIGATOR -> content == CaseContent.JOURNAL ? Access.CHANGE : Access.READ;
            case CASHIER, QUALITY_DEVELOPER, AUDITOR, APPLICANT, ADMIN -> Access.NONE;
        };
    }

    /** The investigation is the investigators' work (intake and caseworkers); others who work the case read it. */
    private static Access investigation(Role role) {
        return switch (role) {
            case INTAKE_OFFICER, CASEWORKER, TEAM_LEAD, UNIT_MANAGER -> Access.CHANGE;
            case PAYMENT_OFFICER, FRAUD_INVESTIGATOR -> Access.READ;
            case CASHIER, QUALITY_DEVELOPER, AUDITOR, APPLICANT, ADMIN -> Access.NONE;
        };
    }

    /** Payments: those who work the case prepare them, the cashier checks them (four eyes), FUT reads them. */
    private static Access payment(Role role) {
        return switch (role) {
            case INTAKE_OFFICER, CASEWORKER, PAYMENT_OFFICER, TEAM_LEAD, UNIT_MANAGER, CASHIER -> Access.CHANGE;
            case FRAUD_INVESTIGATOR -> Access.READ;
            case QUALITY_DEVELOPER, AUDITOR, APPLICANT, ADMIN -> Access.NONE;
        };
    }

    /** The most any of the roles gives. */
    public static Access of(Collection<Role> roles, CaseContent content) {
        Access best = Access.NONE;
        for (Role role : roles) {
            Access a = of(role, content);
            if (a.ordinal() > best.ordinal()) {
                best = a;
            }
        }
        return best;
    }

    public static boolean mayRead(Collection<Role> roles, CaseContent content) {
        return of(roles, content).reads();
    }

    public static boolean mayChange(Collection<Role> roles, CaseContent content) {
        return of(roles, content).changes();
    }
}
