package se.ebba.identity;

import java.util.List;
import java.util.Optional;
import se.ebba.identity.domain.UnitId;

public interface Units {

    List<UnitView> all();

    Optional<UnitView> byCode(String code);

    UnitView get(UnitId id);

    /** Creates a unit serving the given districts (created when new). */
    UnitView create(String code, String name, List<String> districtNames);
}
