package se.ebba.monthly.domain;

/** When a checklist item of the monthly application is needed, and how it is checked. */
public enum ItemRule {
    /** Always needed; the officer marks it as handed in. */
    DOCUMENT,
    /** Needed when the application states an income. */
    DOCUMENT_IF_INCOMES,
    /** Needed when a cost changed since last month. */
    DOCUMENT_IF_COSTS,
    /** Needed when another need (livsföring i övrigt) is applied for. */
    DOCUMENT_IF_NEEDS,
    /** Computed from the statements: every account, continuous, up to the end of the month before the application came in. */
    STATEMENTS
}
