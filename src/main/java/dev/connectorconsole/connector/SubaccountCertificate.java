package dev.connectorconsole.connector;

import java.time.Instant;

/** The certificate the subaccount's tunnel authenticates with; times may be null when an old connector omits them. */
public record SubaccountCertificate(Instant notBefore, Instant notAfter, String subjectDN, String issuer,
                                    String serialNumber) {
}
