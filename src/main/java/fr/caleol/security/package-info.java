/**
 * Who may do what: users and their roles ({@code domain.Role}), login with lockout and throttling, the
 * password policy, single sign-on (OpenID Connect, {@code sso}), security headers, and the administration of
 * users.
 */
package fr.caleol.security;
