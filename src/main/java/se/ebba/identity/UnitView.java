package se.ebba.identity;

import java.util.List;
import se.ebba.identity.domain.UnitId;

/**
 * A unit (enhet), the districts (stadsdelar) it serves and the contact details its letters print
 * (read with the unit, so a letter needs no query of its own for them).
 */
public record UnitView(UnitId id, String code, String name, List<String> districts, UnitContact contact) {
}
