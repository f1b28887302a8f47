package se.ebba.shared.web;

import java.util.Set;

/**
 * Forms that are posted only to keep personal data out of the URL and change nothing but the access
 * log (the searches). They carry no form token and are never claimed: sending one twice simply
 * searches twice, and both searches are logged, which is what happened. Every other form is a
 * submission that must not be carried out twice ({@link IdempotencyFilter}).
 */
final class ReadOnlyForms {

    private static final Set<String> PATHS = Set.of("/sok", "/mottagning/sok");

    private ReadOnlyForms() {
    }

    /** Whether a form posted to this path (without the context path, without a query) only reads. */
    static boolean onlyReads(String path) {
        return PATHS.contains(path);
    }
}
