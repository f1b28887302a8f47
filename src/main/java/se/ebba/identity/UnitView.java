package se.ebba.identity;

import java.util.List;
import se.ebba.identity.domain.UnitId;

/** A unit (enhet) and the districts (stadsdelar) it serves. */
public record UnitView(UnitId id, String code, String name, List<String> districts) {
}
