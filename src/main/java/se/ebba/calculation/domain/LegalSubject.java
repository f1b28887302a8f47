package se.ebba.calculation.domain;

/** The subjects of the legal-basis table (RULES.md §1); the paragraph depends on the law in force. */
public enum LegalSubject {
    RIGHT_TO_ASSISTANCE,
    LIVELIHOOD_SUPPORT_SCOPE,
    ACTIVITY_REQUIREMENT,
    REFUSAL_DECLINED_ACTIVITY,
    JOB_STIMULUS,
    CHILDREN_EARNINGS_EXEMPT,
    BEST_INTERESTS_OF_CHILD,
    DOCUMENTATION,
    RECOVERY,
    CULLING,
    APPEAL
}
