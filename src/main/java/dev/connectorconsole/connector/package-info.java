/**
 * Client of the SAP Cloud Connector's admin REST API.
 * <p>
 * {@link dev.connectorconsole.connector.SccClient} is stateless: Basic credentials go with every request (as in SAP's
 * Terraform provider), so no session cookie or CSRF token is kept, and an HTML login page answered with status 200 is
 * recognised as {@link dev.connectorconsole.connector.SccException.Kind#LOGIN_PAGE} rather than parsed.
 * <p>
 * TLS never trusts blindly. A connector's certificate is self-signed and issued for its container host name; the user
 * first sees it through {@link dev.connectorconsole.connector.CertificateProbe} (which completes no handshake and
 * sends nothing), then pins its SHA-256 fingerprint in {@link dev.connectorconsole.connector.TrustSettings}. For the
 * pinned certificate alone the pin replaces host name verification; CA-issued certificates get the standard checks.
 * <p>
 * Secrets ({@link dev.connectorconsole.common.Secret}) are written only into HTTP request bodies and the
 * Authorization header; logs carry method, path and status only, and error messages are scrubbed of every password
 * the request carried, in case a server echoes it.
 */
package dev.connectorconsole.connector;
