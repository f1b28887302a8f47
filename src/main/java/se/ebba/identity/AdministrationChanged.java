package se.ebba.identity;

import se.ebba.identity.domain.UnitId;

/** An administrator changed users or units; the audit module writes it to the access log. */
public record AdministrationChanged(CurrentUser by, What what, UnitId unit, String detail) {

    public enum What { USER, UNIT }
}
