package dev.connectorconsole.connector;

import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Real X.509 certificates for test servers: self-signed like a connector's, or issued by a test CA. */
final class TestCertificates {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    record Issued(KeyPair keys, X509Certificate certificate) {
        String sha256() {
            return ServerCertificate.of(certificate).sha256();
        }
    }

    private TestCertificates() {}

    /** Like the connector's own certificate: self-signed, issued for its container host name. */
    static Issued selfSigned(String commonName, String... subjectAltNames) {
        KeyPair keys = newKeys();
        return sign(commonName, subjectAltNames, keys, new X500Name("CN=" + commonName), keys, false);
    }

    static Issued authority(String commonName) {
        KeyPair keys = newKeys();
        return sign(commonName, new String[0], keys, new X500Name("CN=" + commonName), keys, true);
    }

    static Issued issuedBy(Issued authority, String commonName, String... subjectAltNames) {
        X500Name issuer = new X500Name(authority.certificate().getSubjectX500Principal().getName());
        return sign(commonName, subjectAltNames, newKeys(), issuer, authority.keys(), false);
    }

    static String pem(X509Certificate... certificates) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Issued sign(String commonName, String[] subjectAltNames, KeyPair subjectKeys, X500Name issuer,
                               KeyPair issuerKeys, boolean authority) {
        try {
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(365))), new X500Name("CN=" + commonName),
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            if (subjectAltNames.length > 0) {
                builder.addExtension(Extension.subjectAlternativeName, false, altNames(subjectAltNames));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
            return new Issued(subjectKeys, certificate);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a test certificate", e);
        }
    }

    private static GeneralNames altNames(String[] names) throws UnknownHostException {
        List<GeneralName> result = new ArrayList<>();
        for (String name : names) {
            boolean ip = name.matches("[0-9.]+");
            result.add(ip ? new GeneralName(GeneralName.iPAddress, InetAddress.getByName(name).getHostAddress())
                    : new GeneralName(GeneralName.dNSName, name));
        }
        return new GeneralNames(result.toArray(GeneralName[]::new));
    }

    private static KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
