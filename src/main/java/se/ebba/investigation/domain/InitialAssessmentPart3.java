package se.ebba.investigation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Initial bedömning part 3, the way to self-sufficiency (source 003): the applicant's own
 * description at the first meeting, in their words. One version per save.
 */
public record InitialAssessmentPart3(CaseId caseId, int version, String workHistory, String education, String health, String network,
                                     String children, String housing, String goals, Instant savedAt, UserId savedBy, String savedByName) {

    /** What the form says, before it is checked. */
    public record Content(String workHistory, String education, String health, String network, String children, String housing,
                          String goals) {
    }

    /** Checks the form and returns the next version; {@code previous} is 0 for the first. */
    public static InitialAssessmentPart3 write(CaseId caseId, int previous, Content c, UserId by, String byName, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        String work = Texts.optional(c.workHistory(), "workHistory", "Arbete", 20_000, errors);
        String education = Texts.optional(c.education(), "education", "Utbildning", 20_000, errors);
        String health = Texts.optional(c.health(), "health", "Hälsa", 20_000, errors);
        String network = Texts.optional(c.network(), "network", "Nätverk", 20_000, errors);
        String children = Texts.optional(c.children(), "children", "Barn", 20_000, errors);
        String housing = Texts.optional(c.housing(), "housing", "Boende", 20_000, errors);
        String goals = Texts.optional(c.goals(), "goals", "Mål", 20_000, errors);
        if (errors.isEmpty() && Stream.of(work, education, health, network, children, housing, goals).allMatch(t -> t == null)) {
            errors.add(new FieldError("workHistory", "Skriv sökandens egen beskrivning under minst en rubrik."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InitialAssessmentPart3(caseId, previous + 1, work, education, health, network, children, housing, goals, at, by, byName);
    }

    public Content content() {
        return new Content(workHistory, education, health, network, children, housing, goals);
    }
}
