package se.ebba.investigation.domain;

import java.util.Objects;

/** A heading of the grundutredning (Initial bedömning part 2), as the dated heading data of the day says it. */
public record Heading(String code, String title, String guidance, HeadingKind kind, int position) {

    public Heading {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }
}
