package se.ebba.identity.login;

import se.ebba.identity.CurrentUser;

/** A Spring Security principal that is an Ebba user, however the user logged in (password or OIDC). */
public interface EbbaPrincipal {

    CurrentUser user();
}
