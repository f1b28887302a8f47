package se.ebba.demo;

import java.time.Clock;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.ebba.controls.CalendarAdministration;
import se.ebba.controls.domain.CalendarCheck;
import se.ebba.controls.domain.CheckId;
import se.ebba.controls.domain.Concerns;
import se.ebba.identity.CurrentUser;

/**
 * The demo units' controls calendar: the two checks the sources name (Farsta's årshjul in 004_…:
 * passports in January, tax returns in April), recorded by each unit's manager from January of the
 * current year. Loaded when {@link DemoData} publishes {@link Load} (one line there).
 */
@Component
@Profile("demo")
class ControlsDemo {

    static final String SOURCE = "Farsta stadsdelsförvaltnings årshjul för kontroller av klienterna (länsstyrelsens granskning 2011, "
            + "källa 004 i QUALITY.md): ";

    /** Asks for the calendar of each manager's units. */
    record Load(List<CurrentUser> unitManagers) {
    }

    private final CalendarAdministration calendar;
    private final Clock clock;

    ControlsDemo(CalendarAdministration calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener
    void on(Load load) {
        YearMonth january = YearMonth.of(YearMonth.now(clock).getYear(), 1);
        for (CurrentUser manager : load.unitManagers()) {
            manager.units().forEach(unit -> calendar.introduce(unit, List.of(
                    new CalendarCheck(CheckId.random(), "Kontroll av pass eller id-handling", Set.of(Month.JANUARY),
                            Concerns.ALL_HOUSEHOLDS, true, january, SOURCE + "kontroll av pass i januari"),
                    new CalendarCheck(CheckId.random(), "Kontroll av deklaration och slutskattebesked", Set.of(Month.APRIL),
                            Concerns.ALL_HOUSEHOLDS, true, january, SOURCE + "kontroll av deklarationer i april")), manager));
        }
    }
}
