/**
 * Login and session protection inside the identity module: throttling and lockout of failed
 * logins, the password policy, the per-request check of account status and rights, and the
 * mapping of OIDC claims to Ebba users. Internal to the module.
 */
package se.ebba.identity.login;
