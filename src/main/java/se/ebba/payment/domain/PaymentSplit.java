package se.ebba.payment.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How a decided amount is paid: the granted housing cost to the landlord when the rent is to be paid
 * there (never more than the amount), the rest to the applicant.
 */
public final class PaymentSplit {

    /** One recipient's part of the amount. */
    public record Share(RecipientKind recipient, long amount) {
    }

    private PaymentSplit() {
    }

    /**
     * @param granted        the decision's total granted amount
     * @param housingCost    the housing cost the decision's calculation accepted
     * @param rentToLandlord whether the instruction that rent is paid to the landlord is in force
     */
    public static List<Share> of(long granted, long housingCost, boolean rentToLandlord) {
        List<Share> shares = new ArrayList<>();
        if (granted <= 0) {
            return shares;
        }
        long toLandlord = rentToLandlord ? Math.max(0, Math.min(housingCost, granted)) : 0;
        if (toLandlord > 0) {
            shares.add(new Share(RecipientKind.LANDLORD, toLandlord));
        }
        if (granted - toLandlord > 0) {
            shares.add(new Share(RecipientKind.APPLICANT, granted - toLandlord));
        }
        return shares;
    }

    /**
     * What a changed decision still pays to one recipient when an earlier payment of the replaced
     * decision has already left: a positive difference is proposed, a negative one is a possible
     * incorrect payment (an overpayment) to list for the payment officer.
     */
    public static long difference(long newShare, long alreadyExported) {
        return newShare - alreadyExported;
    }
}
