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
    APPEAL,
    /** Recovery paragraphs one by one (recovery module): 33 kap. 1 §, 2 §, 5 § and 6 § (2001:453: 9 kap. 1–4 §§). */
    RECOVERY_WRONG_INFORMATION,
    RECOVERY_CONDITIONAL_GRANT,
    RECOVERY_COURT_ACTION,
    RECOVERY_WAIVER
}
