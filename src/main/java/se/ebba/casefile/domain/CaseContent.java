package se.ebba.casefile.domain;

/** The kinds of case data that roles may read or change (the columns of the role matrix in docs/security.md). */
public enum CaseContent {
    /** The case page: household, status, allocation and history. */
    CASE,
    JOURNAL,
    /** Applications, applied items and child impact analyses. */
    APPLICATION,
    CALCULATION,
    /** Decisions, their letters, notifications and appeals. */
    DECISION,
    /** Initial bedömning, the grundutredning and the referral to the ongoing team. */
    INVESTIGATION,
    /** The summons and first meeting, the application checklist, bank statements, consents and home visits. */
    INTAKE_DOCUMENTS,
    /** The förändringsplan: versions, follow-ups, signature, missed activities. */
    CHANGE_PLAN,
    /** Payments of the case's decisions, the recipients' accounts, the cashier's check and the payment runs' outcome. */
    PAYMENT,
    /** Incorrect payments (felaktiga utbetalningar), recovery decisions, repayment plans, repayments, waivers. */
    RECOVERY,
    /** The controls calendar's (årshjul) recurring checks of the case and their results. */
    CONTROLS,
    /** Lists that show names and personnummer: search, Mina ärenden, Ärendefördelning, Beslut att fatta. */
    CASE_LISTS
}
