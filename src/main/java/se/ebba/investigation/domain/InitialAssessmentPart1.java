package se.ebba.investigation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.InvalidInputException;
import se.ebba.shared.InvalidInputException.FieldError;

/**
 * Initial bedömning part 1, the basis for the right to assistance (source 003): personal details
 * beyond what the case file holds, the household, what is applied for, and whether an interpreter
 * is needed. The names, personnummer and household members come from the case file and are not
 * copied here. One version per save.
 */
public record InitialAssessmentPart1(CaseId caseId, int version, String civilStatus, String citizenship, String householdNotes,
                                     String appliedFor, boolean interpreterNeeded, String interpreterLanguage, Instant savedAt,
                                     UserId savedBy, String savedByName) {

    /** What the form says, before it is checked. */
    public record Content(String civilStatus, String citizenship, String householdNotes, String appliedFor, boolean interpreterNeeded,
                          String interpreterLanguage) {
    }

    /** Checks the form and returns the next version; {@code previous} is 0 for the first. */
    public static InitialAssessmentPart1 write(CaseId caseId, int previous, Content c, UserId by, String byName, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        String civil = Texts.optional(c.civilStatus(), "civilStatus", "Civilstånd", 100, errors);
        String citizenship = Texts.optional(c.citizenship(), "citizenship", "Medborgarskap/uppehållstillstånd", 100, errors);
        String household = Texts.optional(c.householdNotes(), "householdNotes", "Hushållet", 20_000, errors);
        String appliedFor = Texts.optional(c.appliedFor(), "appliedFor", "Vad ansökan gäller", 20_000, errors);
        if (appliedFor == null) {
            errors.add(new FieldError("appliedFor", "Skriv vad ansökan gäller."));
        }
        String language = Texts.optional(c.interpreterLanguage(), "interpreterLanguage", "Språk", 100, errors);
        if (c.interpreterNeeded() && language == null) {
            errors.add(new FieldError("interpreterLanguage", "Ange vilket språk tolken ska tala."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InitialAssessmentPart1(caseId, previous + 1, civil, citizenship, household, appliedFor, c.interpreterNeeded(),
                c.interpreterNeeded() ? language : null, at, by, byName);
    }

    public Content content() {
        return new Content(civilStatus, citizenship, householdNotes, appliedFor, interpreterNeeded, interpreterLanguage);
    }
}
