package se.ebba.investigation.domain;

/** How the completeness policy treats a heading of the grundutredning. */
public enum HeadingKind {
    /** Must be written before the document is complete. */
    GENERAL,
    /** Barnens situation: must be written when the household has children. */
    CHILDREN,
    /** The analysis: must be written, and is named as such (the 2011 audit found it missing in every file). */
    ANALYSIS
}
