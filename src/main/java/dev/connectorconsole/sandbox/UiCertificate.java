package dev.connectorconsole.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's own HTTPS certificate (like the real connector's UI certificate in ks.store): a self-signed EC P-256
 * certificate for the host name, localhost and 127.0.0.1, valid one year, created on first start and kept as a PKCS#12
 * key store in the data folder so that a restart presents the same certificate.
 */
final class UiCertificate {
    static final String FILE_NAME = "ui-certificate.p12";
    static final String ALIAS = "sandbox-ui";
    /** The key store protects the sandbox's own throw-away UI key; like the real connector's ks.store it is app-internal. */
    private static final char[] STORE_PASSWORD = "connector-console-sandbox".toCharArray();
    private static final Duration VALIDITY = Duration.ofDays(365);

    private final PrivateKey key;
    private final X509Certificate certificate;

    private UiCertificate(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    static UiCertificate loadOrCreate(Path dataDir, String bindAddress) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return load(file);
            }
            UiCertificate created = create(hostName(), bindAddress);
            created.store(file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the sandbox certificate " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the sandbox certificate: " + e.getMessage(), e);
        }
    }

    /** Reads only the certificate of a sandbox data folder (for clients and tests that pin it). */
    static X509Certificate readCertificate(Path dataDir) throws IOException, GeneralSecurityException {
        return load(dataDir.resolve(FILE_NAME)).certificate;
    }

    X509Certificate certificate() {
        return certificate;
    }

    SSLContext sslContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new javax.net.ssl.KeyManager[] {keyManager()}, null, null);
        return context;
    }

    /** A key manager presenting this certificate. */
    javax.net.ssl.X509ExtendedKeyManager keyManager() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("empty key store", e);
        }
        store.setKeyEntry(ALIAS, key, STORE_PASSWORD, new Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, STORE_PASSWORD);
        for (javax.net.ssl.KeyManager manager : keyManagers.getKeyManagers()) {
            if (manager instanceof javax.net.ssl.X509ExtendedKeyManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 key manager in this JDK");
    }

    /** SHA-256 of the DER encoding as upper-case hex pairs joined by ':'. */
    String sha256() {
        return fingerprint(certificate);
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static UiCertificate load(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /** The certificate of a key store file's bytes (as a backup carries them); nothing is written. */
    static UiCertificate fromKeyStore(byte[] keyStore) throws IOException, GeneralSecurityException {
        return load(new java.io.ByteArrayInputStream(keyStore), "the backup's key store");
    }

    private static UiCertificate load(InputStream in, String origin) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(in, STORE_PASSWORD);
        PrivateKey key = (PrivateKey) store.getKey(ALIAS, STORE_PASSWORD);
        X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
        if (key == null || certificate == null) {
            throw new GeneralSecurityException("entry '" + ALIAS + "' missing in " + origin);
        }
        return new UiCertificate(key, certificate);
    }

    private void store(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, STORE_PASSWORD, new Certificate[] {certificate});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, STORE_PASSWORD);
        PrivateFiles.writeAtomically(file, bytes.toByteArray());
    }

    private static UiCertificate create(String hostName, String bindAddress)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        // encoded from the most general RDN to the most specific, so it reads "CN=host,OU=...,O=..."
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Connector Console")
                .addRDN(BCStyle.OU, "Connector Console sandbox")
                .addRDN(BCStyle.CN, hostName)
                .build();
        Instant now = Instant.now();
        BigInteger serial = new BigInteger(128, new SecureRandom());
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(hostName, bindAddress));
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        return new UiCertificate(pair.getPrivate(), certificate);
    }

    private static GeneralNames subjectAltNames(String hostName, String bindAddress) {
        Set<String> dnsNames = new LinkedHashSet<>(List.of("localhost", hostName.toLowerCase(Locale.ROOT)));
        Set<String> addresses = new LinkedHashSet<>(List.of("127.0.0.1", "::1"));
        if (bindAddress != null && isIpLiteral(bindAddress) && !bindAddress.equals("0.0.0.0") && !bindAddress.equals("::")) {
            addresses.add(bindAddress);
        }
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        addresses.forEach(address -> names.add(new GeneralName(GeneralName.iPAddress, address)));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static boolean isIpLiteral(String text) {
        return text.matches("[0-9.]+") || text.contains(":");
    }

    /** This machine's name without a DNS lookup (which can take seconds): HOSTNAME, /etc/hostname, COMPUTERNAME. */
    static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                Path etc = Path.of("/etc/hostname");
                name = Files.isReadable(etc) ? Files.readString(etc).trim() : null;
            } catch (IOException e) {
                name = null;
            }
        }
        if (name == null || name.isBlank()) {
            name = System.getenv("COMPUTERNAME");
        }
        return name == null || name.isBlank() || !name.matches("[A-Za-z0-9.-]+") ? "localhost" : name;
    }
}
