package se.ebba.investigation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.ebba.casefile.domain.CaseId;
import se.ebba.identity.domain.UserId;
import se.ebba.shared.ConcurrentEditException;

/**
 * The grundutredning of a case (PROCESS.md §6): its own document with the fixed headings of
 * Initial bedömning part 2. An instance is one version; every save makes the next version and the
 * earlier ones stay as they were. A save based on an older version than the newest is refused, so
 * nobody overwrites what someone else wrote meanwhile.
 *
 * @param version 0 before anything is saved
 */
public record BasicInvestigation(BasicInvestigationId id, CaseId caseId, LocalDate startedOn, int version, InvestigationStatus status,
                                 Map<String, String> texts, Instant savedAt, UserId savedBy, String savedByName) {

    public static final int MAX_TEXT = 20_000;

    public BasicInvestigation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(status, "status");
        Map<String, String> kept = new LinkedHashMap<>();
        texts.forEach((code, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(code, text.strip());
            }
        });
        texts = java.util.Collections.unmodifiableMap(kept);
    }

    /** A new, empty grundutredning of the case; nothing is stored until its first version is saved. */
    public static BasicInvestigation start(CaseId caseId, LocalDate today) {
        return new BasicInvestigation(BasicInvestigationId.random(), caseId, today, 0, InvestigationStatus.IN_PROGRESS, Map.of(), null, null,
                null);
    }

    public boolean isComplete() {
        return status == InvestigationStatus.COMPLETE;
    }

    public boolean isSaved() {
        return version > 0;
    }

    public Optional<String> text(String headingCode) {
        return Optional.ofNullable(texts.get(headingCode));
    }

    /** The next version, still being worked on (also when the one before was complete: a revision must be completed again). */
    public BasicInvestigation save(int basedOnVersion, Map<String, String> newTexts, UserId by, String byName, Instant at) {
        requireNewest(basedOnVersion);
        return new BasicInvestigation(id, caseId, startedOn, version + 1, InvestigationStatus.IN_PROGRESS, newTexts, at, by, byName);
    }

    /** What marking the document complete gave: the complete version, or what is missing (nothing saved). */
    public sealed interface Completion permits Completed, Blocked {
    }

    public record Completed(BasicInvestigation version) implements Completion {
    }

    public record Blocked(List<CompletenessPolicy.Missing> missing) implements Completion {
    }

    /** Marks the document complete with these texts, if the policy finds nothing missing. */
    public Completion complete(int basedOnVersion, Map<String, String> newTexts, CompletenessPolicy policy, boolean householdHasChildren,
                               UserId by, String byName, Instant at) {
        requireNewest(basedOnVersion);
        return switch (policy.check(newTexts, householdHasChildren)) {
            case CompletenessPolicy.Complete ignored -> new Completed(
                    new BasicInvestigation(id, caseId, startedOn, version + 1, InvestigationStatus.COMPLETE, newTexts, at, by, byName));
            case CompletenessPolicy.Incomplete incomplete -> new Blocked(incomplete.missing());
        };
    }

    private void requireNewest(int basedOnVersion) {
        if (basedOnVersion != version) {
            throw new ConcurrentEditException("Någon annan har sparat grundutredningen (version " + version
                    + ") medan du skrev. Det du skrev nu är inte sparat. Kopiera din text, ladda om sidan och för in ändringarna i den nya versionen.");
        }
    }
}
