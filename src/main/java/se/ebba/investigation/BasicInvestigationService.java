package se.ebba.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.ebba.audit.AccessAction;
import se.ebba.audit.AccessEvent.Subject;
import se.ebba.audit.AccessEvent.SubjectType;
import se.ebba.casefile.CaseDetails;
import se.ebba.casefile.CaseFiles;
import se.ebba.casefile.CaseFiles.CasePart;
import se.ebba.casefile.domain.CaseId;
import se.ebba.casefile.domain.HouseholdRole;
import se.ebba.identity.CurrentUser;
import se.ebba.investigation.domain.BasicInvestigation;
import se.ebba.investigation.domain.CompletenessPolicy;
import se.ebba.investigation.domain.Heading;
import se.ebba.investigation.domain.HeadingKind;
import se.ebba.investigation.domain.VersionInfo;
import se.ebba.investigation.internal.BasicInvestigations;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * The grundutredning of a case: the page with what is missing before it can be marked complete,
 * saving a new version, and marking it complete. Through the case file's access rules, one
 * access-log row per view or save.
 */
@Service
public class BasicInvestigationService {

    private final BasicInvestigations investigations;
    private final CaseFiles caseFiles;
    private final Clock clock;

    BasicInvestigationService(BasicInvestigations investigations, CaseFiles caseFiles, Clock clock) {
        this.investigations = investigations;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    /** The text under one heading as the form sends it. */
    public record SectionText(String code, String text) {
    }

    /**
     * Everything the page shows: the newest version (version 0 when nothing is saved), its headings,
     * whether the household has children, what the completeness policy says of it, and the versions.
     */
    public record InvestigationPage(CaseDetails caseDetails, BasicInvestigation investigation, CompletenessPolicy policy,
                                    boolean householdHasChildren, CompletenessPolicy.Outcome completeness, List<VersionInfo> versions) {

        public List<Heading> headings() {
            return policy.headings();
        }

        public boolean required(Heading heading) {
            return policy.required(heading, householdHasChildren);
        }
    }

    public InvestigationPage page(CaseId caseId, CurrentUser user) {
        CaseDetails details = caseFiles.open(caseId, user, AccessAction.VIEW_BASIC_INVESTIGATION);
        BasicInvestigation current = investigations.newestOf(caseId).orElseGet(() -> BasicInvestigation.start(caseId, LocalDate.now(clock)));
        CompletenessPolicy policy = policyFor(current);
        boolean children = hasChildren(details);
        return new InvestigationPage(details, current, policy, children, policy.check(current.texts(), children),
                current.isSaved() ? investigations.versionsOf(current.id()) : List.of());
    }

    /**
     * The facts of a case's grundutredning for the audit (no texts; nothing logged): for a module that
     * has opened the case through {@link CaseFiles} or audits it as the system.
     */
    public InvestigationFacts facts(CaseId opened, boolean householdHasChildren) {
        return investigations.newestOf(opened).map(current -> {
            CompletenessPolicy policy = policyFor(current);
            java.util.function.Predicate<HeadingKind> written = kind -> policy.headings().stream().filter(h -> h.kind() == kind)
                    .allMatch(h -> current.text(h.code()).isPresent());
            List<String> missing = policy.check(current.texts(), householdHasChildren).missing().stream()
                    .map(m -> policy.headings().stream().filter(h -> h.code().equals(m.headingCode())).findFirst().map(Heading::title)
                            .orElse(m.headingCode()))
                    .toList();
            return new InvestigationFacts(current.isSaved(), current.isComplete(), written.test(HeadingKind.ANALYSIS),
                    written.test(HeadingKind.CHILDREN), missing);
        }).orElse(new InvestigationFacts(false, false, false, false, List.of()));
    }

    /**
     * Saves the texts as the next version; with {@code markComplete} the version is complete, or
     * nothing is saved and the answer names every heading that is missing. A save based on an
     * older version than the newest is refused.
     */
    @Transactional
    public BasicInvestigation save(CaseId caseId, int basedOnVersion, List<SectionText> sections, boolean markComplete, CurrentUser user) {
        CaseDetails details = caseFiles.openDetailsForChange(caseId, user, AccessAction.SAVE_BASIC_INVESTIGATION,
                markComplete ? "Grundutredning markerad som klar" : "Grundutredning sparad", new Subject(SubjectType.CASE, caseId.value()));
        BasicInvestigation current = investigations.newestOf(caseId).orElseGet(() -> BasicInvestigation.start(caseId, LocalDate.now(clock)));
        CompletenessPolicy policy = policyFor(current);
        Map<String, String> texts = texts(sections, policy.headings());
        BasicInvestigation saved;
        if (markComplete) {
            saved = switch (current.complete(basedOnVersion, texts, policy, hasChildren(details), user.id(), user.displayName(), clock.instant())) {
                case BasicInvestigation.Completed completed -> completed.version();
                case BasicInvestigation.Blocked blocked -> throw new InvalidInputException(blocked.missing().stream()
                        .map(m -> new FieldError(field(policy.headings(), m.headingCode()), m.reason())).toList());
            };
        } else {
            saved = current.save(basedOnVersion, texts, user.id(), user.displayName(), clock.instant());
        }
        investigations.append(saved);
        return saved;
    }

    /** An earlier (or the newest) version of the case's grundutredning, read as it was saved, with its headings. */
    public record VersionPage(CaseDetails caseDetails, BasicInvestigation investigation, List<Heading> headings) {
    }

    /** One saved version; one row in the access log. A version the case does not have answers 404 and is not logged as a view. */
    public VersionPage version(CaseId caseId, int version, CurrentUser user) {
        CasePart<BasicInvestigation> opened = caseFiles.openPart(caseId, user, AccessAction.VIEW_BASIC_INVESTIGATION, SubjectType.CASE,
                details -> investigations.newestOf(caseId).flatMap(b -> investigations.version(b.id(), version)), b -> caseId.value());
        return new VersionPage(opened.caseDetails(), opened.part(), policyFor(opened.part()).headings());
    }

    /** The case's newest grundutredning, for a caller in this module that has let the user in. */
    Optional<BasicInvestigation> newestOf(CaseId caseId) {
        return investigations.newestOf(caseId);
    }

    /** The headings of the day the document was started: a later change of the template does not move a document's goalposts. */
    private CompletenessPolicy policyFor(BasicInvestigation investigation) {
        return new CompletenessPolicy(investigations.headingsValidOn(investigation.startedOn()));
    }

    static boolean hasChildren(CaseDetails details) {
        return details.household().stream().anyMatch(m -> m.role() == HouseholdRole.CHILD);
    }

    /** The form's field for a heading: sections[i].text, in the order of the headings. */
    public static String field(List<Heading> headings, String code) {
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).code().equals(code)) {
                return "sections[" + i + "].text";
            }
        }
        return "sections";
    }

    private static Map<String, String> texts(List<SectionText> sections, List<Heading> headings) {
        Map<String, String> texts = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (SectionText s : sections) {
            Heading heading = headings.stream().filter(h -> h.code().equals(s.code())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("sections", "Formuläret har en rubrik som inte finns i grundutredningen. Ladda om sidan."));
            if (s.text() != null && s.text().strip().length() > BasicInvestigation.MAX_TEXT) {
                errors.add(new FieldError(field(headings, s.code()), "Texten under " + heading.title() + " får vara högst "
                        + BasicInvestigation.MAX_TEXT + " tecken."));
            }
            if (s.text() != null && !s.text().isBlank()) {
                texts.put(s.code(), s.text());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return texts;
    }
}
