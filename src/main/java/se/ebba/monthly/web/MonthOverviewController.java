package se.ebba.monthly.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.ebba.casefile.CaseFiles;
import se.ebba.identity.CurrentUser;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UnitView;
import se.ebba.identity.domain.UnitId;
import se.ebba.monthly.ApplicationWindows;
import se.ebba.monthly.MonthOverviews;
import se.ebba.monthly.domain.ApplicationWindow;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormDates;
import se.ebba.shared.web.FormErrors;

/** Månadens ansökningar per unit and benefit month, and the unit's application window. */
@Controller
class MonthOverviewController {

    private final MonthOverviews overviews;
    private final ApplicationWindows windows;
    private final CaseFiles caseFiles;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    MonthOverviewController(MonthOverviews overviews, ApplicationWindows windows, CaseFiles caseFiles, CurrentUsers currentUsers,
                            Clock clock) {
        this.overviews = overviews;
        this.windows = windows;
        this.caseFiles = caseFiles;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A new application window as the unit manager posts it. */
    record WindowForm(String validFrom, String opensDay, String closesDay, String paymentFromDay, String paymentToDay, String requestDays,
                      String source) {
    }

    @GetMapping("/manadens-ansokningar")
    String overview(@RequestParam(required = false) UUID enhet, @RequestParam(required = false) String manad,
                    @RequestParam(required = false) String mina, Model model) {
        CurrentUser me = currentUsers.current();
        YearMonth month;
        try {
            month = manad == null || manad.isBlank() ? YearMonth.now(clock).plusMonths(1) : FormDates.month(manad);
        } catch (RuntimeException e) {
            month = YearMonth.now(clock).plusMonths(1);
        }
        var overview = overviews.overview(unit(enhet, me), month, mina != null, me);
        model.addAttribute("o", overview);
        model.addAttribute("units", overview.units());
        model.addAttribute("unit", overview.unit());
        return "monthly/overview";
    }

    @GetMapping("/manadens-ansokningar/ansokningsperiod")
    String window(@RequestParam(required = false) UUID enhet, Model model) {
        return renderWindow(unit(enhet, currentUsers.current()), null, FormErrors.none(), model);
    }

    @PostMapping("/manadens-ansokningar/ansokningsperiod")
    String changeWindow(@RequestParam UUID enhet, @ModelAttribute WindowForm form, Model model, RedirectAttributes redirect) {
        UnitId unit = new UnitId(enhet);
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate from = null;
            try {
                from = FormDates.parse(form.validFrom(), "validFrom");
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
            ApplicationWindow window = new ApplicationWindow(from, day(form.opensDay(), "opensDay", errors), day(form.closesDay(), "closesDay", errors),
                    day(form.paymentFromDay(), "paymentFromDay", errors), day(form.paymentToDay(), "paymentToDay", errors),
                    day(form.requestDays(), "requestDays", errors), form.source());
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            windows.change(unit, window, currentUsers.current());
            redirect.addFlashAttribute("saved", "Ansökningsperioden är sparad och gäller från " + from + ".");
            return "redirect:/manadens-ansokningar/ansokningsperiod?enhet=" + enhet;
        } catch (InvalidInputException e) {
            return renderWindow(unit, form, FormErrors.of(e), model);
        }
    }

    private String renderWindow(UnitId unit, WindowForm form, FormErrors errors, Model model) {
        var page = windows.page(unit, currentUsers.current());
        ApplicationWindow w = page.current();
        model.addAttribute("p", page);
        model.addAttribute("units", caseFiles.unitsOf(currentUsers.current()));
        model.addAttribute("unit", page.unit());
        model.addAttribute("form", form != null ? form : new WindowForm(page.today().plusDays(1).toString(), "" + w.opensDay(), "" + w.closesDay(),
                "" + w.paymentFromDay(), "" + w.paymentToDay(), "" + w.requestDays(), ""));
        model.addAttribute("errors", errors);
        return "monthly/window";
    }

    private UnitId unit(UUID requested, CurrentUser me) {
        List<UnitView> mine = caseFiles.unitsOf(me);
        if (mine.isEmpty()) {
            throw new NotFoundException("Du arbetar inte på någon enhet.");
        }
        return requested == null ? mine.getFirst().id() : new UnitId(requested);
    }

    private static int day(String text, String field, List<FieldError> errors) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Skriv en dag som en siffra."));
            return 0;
        }
    }
}
