package se.ebba.investigation;

import java.util.List;

/**
 * What the quality module's audit reads about a case's grundutredning: whether it is saved and
 * complete, and which required headings are written, never the texts (so nothing is logged).
 *
 * @param missingHeadings the titles of the required headings not written, in their order
 */
public record InvestigationFacts(boolean saved, boolean complete, boolean analysisWritten, boolean childrenWritten,
                                 List<String> missingHeadings) {

    public InvestigationFacts {
        missingHeadings = List.copyOf(missingHeadings);
    }
}
