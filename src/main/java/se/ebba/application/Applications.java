package se.ebba.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.application.domain.Application;
import se.ebba.application.domain.ApplicationId;
import se.ebba.application.domain.ApplicationKind;
import se.ebba.application.domain.AppliedItem;
import se.ebba.application.domain.ChildImpactAnalysis;
import se.ebba.application.domain.ItemKind;
import se.ebba.application.domain.StateChange;
import se.ebba.application.domain.SwedishDates;
import se.ebba.application.internal.ChildImpactAnalyses;
import se.ebba.application.internal.StoredApplications;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseRef;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.CurrentUser;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;
import se.ebba.shared.NotFoundException;

/**
 * Applications and their child impact analyses: registering an application with its applied items,
 * the case's list of applications, and writing an analysis per child. Every method goes through the
 * case file's access rules and is written to the access log.
 */
@Service
public class Applications {

    static final String NOT_FOUND = "Ansökan eller beslutet finns inte i ärendet.";

    private final StoredApplications store;
    private final ChildImpactAnalyses analyses;
    private final CaseFiles caseFiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applications(StoredApplications store, ChildImpactAnalyses analyses, CaseFiles caseFiles, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.analyses = analyses;
        this.caseFiles = caseFiles;
        this.events = events;
        this.clock = clock;
    }

    public record NewItem(ItemKind kind, String description, Long amount) {
    }

    public record NewApplication(ApplicationKind kind, YearMonth month, LocalDate receivedOn, List<NewItem> items) {
    }

    @Transactional
    public Application register(CaseId caseId, NewApplication form, CurrentUser user) {
        CaseRef ref = caseFiles.openForChange(caseId, user, AccessAction.REGISTER_APPLICATION, "Ansökan");
        // A closed case takes the application too: the worklist reopens it (return period, PROCESS.md §4) on ApplicationRegistered.
        CheckedApplication checked = check(form, LocalDate.now(clock));
        if (!checked.errors().isEmpty()) {
            throw new InvalidInputException(checked.errors());
        }
        Application application = Application.receive(ApplicationId.newId(), caseId.value(), form.kind(), form.month(), form.receivedOn(),
                checked.items(), clock.instant(), actor(user));
        store.add(application, user.id().value());
        events.publishEvent(new ApplicationRegistered(caseId, application.id(), application.month()));
        return application;
    }

    /** An application form read: its items (descriptions filled in) and everything wrong with it. */
    public record CheckedApplication(List<AppliedItem> items, List<FieldError> errors) {
    }

    /**
     * Everything wrong with an application form, one Swedish message per field. Also used by the
     * page to show every error at once.
     */
    public static CheckedApplication check(NewApplication form, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<AppliedItem> items = new ArrayList<>();
        if (form.kind() == null) {
            errors.add(new FieldError("kind", "Välj vilken sorts ansökan det är."));
        }
        if (form.month() == null) {
            errors.add(new FieldError("month", "Skriv vilken månad ansökan gäller som ÅÅÅÅ-MM, t.ex. 2026-12."));
        }
        if (form.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Skriv datumet då ansökan kom in, som ÅÅÅÅ-MM-DD."));
        } else if (form.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "Datumet då ansökan kom in kan inte vara senare än i dag."));
        }
        for (int i = 0; i < form.items().size(); i++) {
            NewItem item = form.items().get(i);
            String description = item.description() == null || item.description().isBlank()
                    ? (item.kind() == ItemKind.LIVELIHOOD_SUPPORT && form.month() != null ? "Försörjningsstöd för " + SwedishDates.month(form.month()) : "")
                    : item.description().strip();
            if (item.kind() == null) {
                errors.add(new FieldError("items[" + i + "].kind", "Välj vad som söks på rad " + (i + 1) + "."));
                continue;
            }
            if (description.isEmpty()) {
                errors.add(new FieldError("items[" + i + "].description", "Beskriv vad som söks på rad " + (i + 1) + "."));
            } else if (description.length() > 500) {
                errors.add(new FieldError("items[" + i + "].description", "Beskrivningen på rad " + (i + 1) + " får vara högst 500 tecken."));
            }
            if (item.amount() != null && (item.amount() < 0 || item.amount() > 1_000_000)) {
                errors.add(new FieldError("items[" + i + "].amount", "Beloppet på rad " + (i + 1) + " ska vara mellan 0 och 1 000 000 kr."));
            }
            if (item.kind() != ItemKind.LIVELIHOOD_SUPPORT && item.amount() == null) {
                errors.add(new FieldError("items[" + i + "].amount", "Skriv beloppet som söks för " + (description.isEmpty() ? "rad " + (i + 1) : description) + "."));
            }
            items.add(new AppliedItem(UUID.randomUUID(), i, item.kind(), description, item.amount()));
        }
        if (form.items().isEmpty()) {
            errors.add(new FieldError("items", "Ansökan måste gälla minst en sak: försörjningsstöd eller ett annat behov."));
        }
        return new CheckedApplication(items, errors);
    }

    /** The case's applications, newest month first; one row in the access log (VIEW_APPLICATIONS). */
    public List<Application> applications(CaseId caseId, CurrentUser user) {
        caseFiles.openForReading(caseId, user, AccessAction.VIEW_APPLICATIONS, "Ansökningar");
        return store.applicationsOfCase(caseId.value());
    }

    /**
     * The case's applications for a module that has already opened the case through {@link CaseFiles}
     * (which checked the access and wrote the log row); writes nothing to the log.
     */
    public List<Application> applicationsOf(CaseRef opened) {
        return store.applicationsOfCase(opened.id().value());
    }

    /** The application of a case already opened through {@link CaseFiles}; one of another case answers as if it did not exist. */
    public Application application(CaseId opened, ApplicationId applicationId) {
        return store.applicationOfCase(opened.value(), applicationId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** Whether the case has an application not yet decided (for deadlines and the closing of cases; no case data, not logged). */
    public boolean hasOpenApplication(CaseId caseId) {
        return store.hasOpenApplication(caseId.value());
    }

    /** The transitions of the application, oldest first; one row in the access log (VIEW_APPLICATION). */
    public List<StateChange> history(CaseId caseId, ApplicationId applicationId, CurrentUser user) {
        caseFiles.openPart(caseId, user, AccessAction.VIEW_APPLICATION, SubjectType.APPLICATION,
                details -> store.applicationOfCase(caseId.value(), applicationId), a -> a.id().value());
        return store.history(applicationId);
    }

    // ------------------------------------------------------------------ transitions

    /** Documents or information are missing: the application is incomplete (the reason says what). */
    @Transactional
    public Application markIncomplete(CaseId caseId, ApplicationId applicationId, String why, CurrentUser user) {
        return change(caseId, applicationId, "Ofullständig", user, why, (a) -> a.markIncomplete(why.strip(), clock.instant(), actor(user)));
    }

    /** Everything needed is in: the application is complete. */
    @Transactional
    public Application markComplete(CaseId caseId, ApplicationId applicationId, String why, CurrentUser user) {
        return change(caseId, applicationId, "Komplett", user, why, (a) -> a.markComplete(why.strip(), clock.instant(), actor(user)));
    }

    private Application change(CaseId caseId, ApplicationId applicationId, String detail, CurrentUser user, String why,
                               Consumer<Application> transition) {
        caseFiles.openForChange(caseId, user, AccessAction.CHANGE_APPLICATION_STATE, "Ansökans status: " + detail,
                new Subject(SubjectType.APPLICATION, applicationId.value()));
        List<FieldError> errors = new ArrayList<>();
        RequiredText.check(errors, "reason", why, "Skriv varför ansökans status ändras.", 2_000);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Application application = application(caseId, applicationId);
        transition.accept(application);
        store.saveTransitions(application);
        return application;
    }

    /**
     * A decision was made on the application (or a changed decision replaced the one in force). Called
     * by the decision module inside its own change of the case, which checked the access and wrote the
     * log row.
     */
    public void recordDecision(CaseId opened, ApplicationId applicationId, boolean changedDecision, CurrentUser by) {
        Application application = application(opened, applicationId);
        if (changedDecision) {
            application.decideAgain("Ändrat beslut fattat", clock.instant(), actor(by));
        } else {
            application.decide("Beslut fattat", clock.instant(), actor(by));
        }
        store.saveTransitions(application);
    }

    /**
     * A corrected application that now applies for {@code items}: what is no longer applied for is
     * withdrawn and what is new is added ({@link Application#reviseItems}); items that stay keep their
     * ids. Called by the monthly module inside its own logged change of the case; refused, with the
     * field errors of the items, when they are not valid, and when the application is already calculated.
     */
    public Application reviseItems(CaseId opened, ApplicationId applicationId, List<NewItem> items, CurrentUser by) {
        Application application = application(opened, applicationId);
        CheckedApplication checked = check(new NewApplication(application.kind(), application.month(), application.receivedOn(), items),
                LocalDate.now(clock));
        if (!checked.errors().isEmpty()) {
            throw new InvalidInputException(checked.errors());
        }
        application.reviseItems(checked.items(), "Ansökan rättad", clock.instant(), actor(by));
        store.saveTransitions(application);
        return application;
    }

    /** The applicant received the decision; called by the appeal module inside its own logged change of the case. */
    public void recordNotification(CaseId opened, ApplicationId applicationId, CurrentUser by) {
        Application application = application(opened, applicationId);
        application.notifyApplicant("Delgivning registrerad", clock.instant(), actor(by));
        store.saveTransitions(application);
    }

    /** The decision was appealed; called by the appeal module inside its own logged change of the case. */
    public void recordAppeal(CaseId opened, ApplicationId applicationId, CurrentUser by) {
        Application application = application(opened, applicationId);
        application.appeal("Överklagande registrerat", clock.instant(), actor(by));
        store.saveTransitions(application);
    }

    private static StateChange.Actor actor(CurrentUser user) {
        return StateChange.Actor.user(user.id().value(), user.displayName());
    }

    // ------------------------------------------------------------------ child impact analyses

    public record NewAnalysis(UUID childPersonId, String situation, String effect, String bestInterests) {
    }

    @Transactional
    public ChildImpactAnalysis writeAnalysis(CaseId caseId, ApplicationId applicationId, NewAnalysis form, CurrentUser user) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, AccessAction.WRITE_CHILD_IMPACT_ANALYSIS, "Barnkonsekvensanalys",
                new Subject(SubjectType.APPLICATION, applicationId.value()));
        Application application = application(caseId, applicationId);
        ChildStatus child = children(details, application).stream()
                .filter(c -> c.child().id().value().equals(form.childPersonId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("childPersonId", "Välj ett av barnen i hushållet."));
        List<FieldError> errors = new ArrayList<>();
        String who = child.child().firstName();
        RequiredText.check(errors, "situation", form.situation(), "Beskriv " + who + "s situation.");
        RequiredText.check(errors, "effect", form.effect(), "Beskriv hur beslutet påverkar " + who + ".");
        RequiredText.check(errors, "bestInterests", form.bestInterests(), "Beskriv hur " + who + "s bästa har vägts in i beslutet.");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ChildImpactAnalysis analysis = new ChildImpactAnalysis(UUID.randomUUID(), applicationId, form.childPersonId(),
                form.situation().strip(), form.effect().strip(), form.bestInterests().strip(), clock.instant(), user.displayName(),
                child.analysis() == null ? null : child.analysis().id());
        analyses.add(analysis, user.id().value());
        return analysis;
    }

    /** The household's children (of a case already opened), each with their newest child impact analysis of the application. */
    public List<ChildStatus> children(CaseDetails details, Application application) {
        if (details.household().stream().noneMatch(m -> m.role() == HouseholdRole.CHILD)) {
            return List.of();
        }
        Map<UUID, ChildImpactAnalysis> newest = new LinkedHashMap<>();
        analyses.ofApplication(application.id()).forEach(a -> newest.put(a.childPersonId(), a));
        return details.household().stream().filter(m -> m.role() == HouseholdRole.CHILD)
                .map(m -> new ChildStatus(m.person(), newest.get(m.person().id().value()))).toList();
    }

    /**
     * The children (person ids) for whom a child impact analysis of the application was written at or
     * before the moment: for the audit of a case already opened or audited as the system; no texts, nothing logged.
     */
    public java.util.Set<UUID> childrenAnalysedBy(ApplicationId applicationId, java.time.Instant moment) {
        return analyses.ofApplication(applicationId).stream().filter(a -> !a.writtenAt().isAfter(moment))
                .map(ChildImpactAnalysis::childPersonId).collect(java.util.stream.Collectors.toSet());
    }
}
