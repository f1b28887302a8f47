package se.ebba.identity;

/**
 * A logged-in user asked for a page or an API resource that their role may not use (refused by the
 * security rules, before any data was read); the audit module writes it to the access log as DENIED.
 * The path names no person: pages address cases by random ids and search is a POST.
 */
public record AccessRefused(CurrentUser user, String method, String path) {
}
