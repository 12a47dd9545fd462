package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare-IP PBX with a self-signed certificate: refused until an admin pins it, then accepted only with that pin. */
class PinnedCertificateTest {

    @TempDir
    static Path dir;
    private static MockWebServer server;
    private static String baseUrl;

    @BeforeAll
    static void startTlsServer() throws Exception {
        Path ks = dir.resolve("pbx.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "pbx", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=pbx-por-ip",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", ks.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(ks.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);

        server = new MockWebServer();
        server.useHttps(tls.getSocketFactory());
        server.setDispatcher(new CountingDispatcher(PabxTestSupport.okFixture("ramais-pagina.json")));
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        baseUrl = "https://127.0.0.1:" + server.getPort() + "/suite/api";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static PabxSettings settings(Map<String, String> pins) {
        return PabxSettings.of(baseUrl, "u", "t").withRetry(1, Duration.ofMillis(1)).withCertificatePins(pins);
    }

    @Test
    void selfSignedCertificateIsRefusedWithoutAPin() {
        try (PabxClient c = new PabxClient(settings(Map.of()))) {
            ConnectionReport r = c.testConnection();
            assertThat(r.ok()).isFalse();
            assertThat(r.failure()).isEqualTo(ConnectionReport.Failure.TLS);
        }
    }

    @Test
    void probeShowsTheCertificateAndItsPinWithoutTrustingIt() {
        CertificateProbe.CertificateInfo info = CertificateProbe.inspect(baseUrl, Duration.ofSeconds(5));
        assertThat(info.pin()).startsWith("sha256/");
        assertThat(info.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(info.subject()).contains("pbx-por-ip");
        assertThat(info.trustedBySystem()).isFalse();
    }

    @Test
    void pinnedCertificateIsAcceptedForThatHost() {
        String pin = CertificateProbe.inspect(baseUrl, Duration.ofSeconds(5)).pin();
        try (PabxClient c = new PabxClient(settings(Map.of("127.0.0.1", pin)))) {
            assertThat(c.testConnection().ok()).isTrue();
            assertThat(c.listExtensions()).hasSize(1);
        }
    }

    @Test
    void aDifferentPinIsRefused() {
        String wrong = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        try (PabxClient c = new PabxClient(settings(Map.of("127.0.0.1", wrong)))) {
            assertThat(c.testConnection().failure()).isEqualTo(ConnectionReport.Failure.TLS);
        }
    }

    @Test
    void aPinForAnotherHostDoesNotLowerTrustHere() {
        String pin = CertificateProbe.inspect(baseUrl, Duration.ofSeconds(5)).pin();
        try (PabxClient c = new PabxClient(settings(Map.of("10.0.0.9", pin)))) {
            assertThat(c.testConnection().failure()).isEqualTo(ConnectionReport.Failure.TLS);
        }
    }
}
