package se.ebba.intake;

/** Whom a consent lets the social services contact (PROCESS.md §1: talks and references with consent). */
public enum ConsentScope {
    HEALTH_CARE("Hälso- och sjukvården"),
    JOBBTORG("Jobbtorg"),
    EMPLOYER("Arbetsgivare"),
    FORSAKRINGSKASSAN("Försäkringskassan"),
    ARBETSFORMEDLINGEN("Arbetsförmedlingen"),
    OTHER("Annan myndighet eller kontakt"),
    /** A visit in the applicant's home: integrity-sensitive, only with consent and when needed (GLOSSARY.md). */
    HOME_VISIT("Hembesök");

    private final String text;

    ConsentScope(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
