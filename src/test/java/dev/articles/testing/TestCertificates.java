package dev.articles.testing;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made for one test run, written as PEM files: a CA, a server certificate for localhost and
 * 127.0.0.1, a client certificate from the same CA, and a client certificate from a second CA that the
 * server does not trust.
 */
public final class TestCertificates {
  public final Path caCert;
  public final Path serverCert;
  public final Path serverKey;
  public final Path clientCert;
  public final Path clientKey;
  public final Path strangerCert;
  public final Path strangerKey;

  private TestCertificates(Path dir) {
    caCert = dir.resolve("ca.pem");
    serverCert = dir.resolve("server.pem");
    serverKey = dir.resolve("server.key");
    clientCert = dir.resolve("client.pem");
    clientKey = dir.resolve("client.key");
    strangerCert = dir.resolve("stranger.pem");
    strangerKey = dir.resolve("stranger.key");
  }

  /** Issues every certificate into {@code dir}. */
  public static TestCertificates create(Path dir) throws IOException, GeneralSecurityException {
    TestCertificates c = new TestCertificates(dir);
    KeyPair caKeys = keys();
    X509Certificate ca = issue("CN=articles test CA", caKeys, "CN=articles test CA", caKeys, true, null);
    write(c.caCert, ca);
    KeyPair serverKeys = keys();
    write(c.serverCert, issue("CN=localhost", serverKeys, "CN=articles test CA", caKeys, false,
        new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1")})));
    write(c.serverKey, serverKeys);
    KeyPair clientKeys = keys();
    write(c.clientCert, issue("CN=client", clientKeys, "CN=articles test CA", caKeys, false, null));
    write(c.clientKey, clientKeys);
    KeyPair otherCa = keys();
    KeyPair strangerKeys = keys();
    write(c.strangerCert, issue("CN=stranger", strangerKeys, "CN=other CA", otherCa, false, null));
    write(c.strangerKey, strangerKeys);
    return c;
  }

  private static KeyPair keys() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
    return g.generateKeyPair();
  }

  private static X509Certificate issue(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
                                       boolean ca, GeneralNames names) throws GeneralSecurityException, IOException {
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
        new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(Duration.ofDays(1))), new X500Name(subject), subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    b.addExtension(Extension.keyUsage, true, ca
        ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
        : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
    if (names != null) {
      b.addExtension(Extension.subjectAlternativeName, false, names);
    }
    try {
      return new JcaX509CertificateConverter().getCertificate(
          b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private static void write(Path file, X509Certificate cert) throws IOException {
    try (Writer w = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(w)) {
      pem.writeObject(cert);
    }
  }

  private static void write(Path file, KeyPair keys) throws IOException {
    try (Writer w = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(w)) {
      pem.writeObject(new JcaPKCS8Generator(keys.getPrivate(), null));
    }
  }
}
