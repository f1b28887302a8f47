package se.ebba.calculation.domain;

import se.ebba.shared.MissingDataException;

/** The month cannot be calculated because a yearly table is missing; the message names it, in Swedish. */
public class MissingRuleDataException extends MissingDataException {

    public MissingRuleDataException(String field, String message) {
        super(field, message);
    }
}
