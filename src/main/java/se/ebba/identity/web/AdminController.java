package se.ebba.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import se.ebba.identity.AccessGrants;
import se.ebba.identity.AdministrationChanged;
import se.ebba.identity.CurrentUsers;
import se.ebba.identity.UserView;
import se.ebba.identity.Units;
import se.ebba.identity.Users;
import se.ebba.identity.domain.Role;
import se.ebba.identity.domain.UnitId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.NotFoundException;
import se.ebba.shared.web.FormErrors;

/** The system administrator's pages: users, their roles, units and rights; units and districts. No case contents. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final Users users;
    private final Units units;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final AccessGrants grants;
    private final boolean localAccounts;

    AdminController(Users users, Units units, CurrentUsers currentUsers, ApplicationEventPublisher events, AccessGrants grants,
                    @Value("${ebba.security.local-accounts:true}") boolean localAccounts) {
        this.users = users;
        this.units = units;
        this.currentUsers = currentUsers;
        this.events = events;
        this.grants = grants;
        this.localAccounts = localAccounts;
    }

    @GetMapping("/anvandare")
    String users(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(u -> u.id(), u -> u.name())));
        return formModel(model, FormErrors.none(), new UserForm("", "", Set.of(), Set.of(), false));
    }

    @PostMapping("/anvandare")
    String createUser(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                      @RequestParam(defaultValue = "") String password,
                      @RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<String> units,
                      @RequestParam(defaultValue = "false") boolean protectedIdentityAccess,
                      Model model, RedirectAttributes redirect) {
        Set<Role> roleSet = roles(roles);
        Set<UnitId> unitSet = units(units);
        try {
            UserView created = users.create(new Users.NewUser(username, displayName, password, roleSet, unitSet, protectedIdentityAccess),
                    currentUsers.current());
            redirect.addFlashAttribute("saved", "Användaren " + created.username() + " är skapad."
                    + (grants.openFor(created.id()).isEmpty() ? ""
                    : " Roller, enheter och behörigheter i enheterna gäller när enhetschefen har godkänt dem."));
            return "redirect:/admin/anvandare";
        } catch (InvalidInputException e) {
            model.addAttribute("users", this.users.all());
            model.addAttribute("unitNames", this.units.all().stream().collect(Collectors.toMap(u -> u.id(), u -> u.name())));
            return formModel(model, FormErrors.of(e), new UserForm(username, displayName, roleSet, unitSet, protectedIdentityAccess));
        }
    }

    @GetMapping("/anvandare/{id}")
    String editUser(@PathVariable UUID id, Model model) {
        UserView user = users.find(new UserId(id)).orElseThrow(() -> new NotFoundException("Användaren finns inte"));
        model.addAttribute("user", user);
        model.addAttribute("version", users.version(user.id()));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allUnits", units.all());
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("pending", grants.openFor(user.id()));
        return "admin/user";
    }

    @PostMapping("/anvandare/{id}")
    String changeUser(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) List<String> roles,
                      @RequestParam(required = false) List<String> units,
                      @RequestParam(defaultValue = "false") boolean protectedIdentityAccess,
                      @RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
        UserId userId = new UserId(id);
        try {
            users.change(userId, version, roles(roles), units(units), protectedIdentityAccess, enabled, currentUsers.current());
            redirect.addFlashAttribute("saved", grants.openFor(userId).isEmpty() ? "Ändringen är sparad."
                    : "Ändringen är sparad. Det som lades till gäller när enhetschefen har godkänt det.");
            return "redirect:/admin/anvandare";
        } catch (InvalidInputException e) {
            model.addAttribute("user", users.find(userId).orElseThrow());
            model.addAttribute("version", version);
            model.addAttribute("allRoles", Role.values());
            model.addAttribute("allUnits", this.units.all());
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("pending", grants.openFor(userId));
            return "admin/user";
        }
    }

    @GetMapping("/enheter")
    String units(Model model) {
        model.addAttribute("units", units.all());
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("form", new UnitForm("", "", ""));
        return "admin/units";
    }

    @PostMapping("/enheter")
    String createUnit(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "") String districts, Model model, RedirectAttributes redirect) {
        try {
            var unit = units.create(code, name, Arrays.asList(districts.split("[,\\n]")));
            events.publishEvent(new AdministrationChanged(currentUsers.current(), AdministrationChanged.What.UNIT, unit.id(),
                    "Skapade enhet " + unit.code()));
            redirect.addFlashAttribute("saved", "Enheten " + unit.name() + " är skapad.");
            return "redirect:/admin/enheter";
        } catch (InvalidInputException e) {
            model.addAttribute("units", units.all());
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("form", new UnitForm(code, name, districts));
            return "admin/units";
        }
    }

    private String formModel(Model model, FormErrors errors, UserForm form) {
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allUnits", units.all());
        model.addAttribute("localAccounts", localAccounts);
        return "admin/users";
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String n : names) {
                try {
                    roles.add(Role.valueOf(n));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("roles", "Okänd roll.");
                }
            }
        }
        return roles;
    }

    private static Set<UnitId> units(List<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        try {
            return ids.stream().map(UUID::fromString).map(UnitId::new).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("units", "Okänd enhet.");
        }
    }

    record UserForm(String username, String displayName, Set<Role> roles, Set<UnitId> units, boolean protectedIdentityAccess) {
    }

    record UnitForm(String code, String name, String districts) {
    }
}
