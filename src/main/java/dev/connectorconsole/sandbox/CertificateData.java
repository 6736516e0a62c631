package dev.connectorconsole.sandbox;

/** The simulated subaccount (tunnel client) certificate. */
final class CertificateData {
    public long notBeforeTimeStamp;
    public long notAfterTimeStamp;
    public String subjectDN;
    public String issuer;
    public String serialNumber;
}
