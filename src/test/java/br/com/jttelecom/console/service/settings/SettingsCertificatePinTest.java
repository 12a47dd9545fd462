package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.secrets.TokenFile;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.security.KeyStore;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Testar conexão" against a bare-IP PBX with a self-signed certificate: the TLS failure comes with
 * the certificate to pin; once pinned the test passes; a different certificate is then refused
 * with the "mudou" warning.
 */
class SettingsCertificatePinTest {

    @TempDir
    Path dir;
    private SecurityFixture f;
    private SettingsAdmin admin;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        f = new SecurityFixture(dir.resolve("db"));
        admin = new SettingsAdmin(SettingsFile.open(dir), SecretVault.filesOnly(dir, Map.of()), f.session, f.audit);
        f.signInAs(Role.ADMIN);
        server = tlsServer("pbx-a");
    }

    @AfterEach
    void stop() {
        server.close();
        f.close();
    }

    private MockWebServer tlsServer(String cn) throws Exception {
        Path ks = dir.resolve(cn + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "pbx", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + cn,
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", ks.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(ks.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        String page;
        try (InputStream in = SettingsCertificatePinTest.class.getResourceAsStream("/fixtures/ramais-pagina.json")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MockWebServer s = new MockWebServer();
        s.useHttps(tls.getSocketFactory());
        s.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(page).build();
            }
        });
        s.start(java.net.InetAddress.getLoopbackAddress(), 0);
        return s;
    }

    private SettingsForm form(MockWebServer s) {
        return new SettingsForm("https://127.0.0.1:" + s.getPort() + "/suite/api", "u", "t-0000-token", "5", "2",
                "5", "4", "7", "3", "11", false, "0", "00", "pt", "light");
    }

    @Test
    void aSelfSignedCertificateIsOfferedPinnedAndThenAccepted() {
        ConnectionTestResult first = admin.testConnection(form(server));
        assertThat(first.ok()).isFalse();
        assertThat(first.certificate()).hasValueSatisfying(c -> {
            assertThat(c.host()).isEqualTo("127.0.0.1");
            assertThat(c.pin()).startsWith("sha256/");
            assertThat(c.subject()).contains("pbx-a");
        });

        admin.pin(first.certificate().get().host(), first.certificate().get().pin());
        assertThat(admin.testConnection(form(server)).ok()).isTrue();
    }

    @Test
    void aChangedCertificateIsRefusedWithAClearWarning() throws Exception {
        ConnectionTestResult first = admin.testConnection(form(server));
        admin.pin(first.certificate().get().host(), first.certificate().get().pin());
        MockWebServer other = tlsServer("pbx-b");
        try {
            ConnectionTestResult changed = admin.testConnection(form(other));
            assertThat(changed.ok()).isFalse();
            assertThat(changed.message().in(br.com.jttelecom.console.i18n.Messages.portuguese())).contains("mudou desde que foi fixado");
            assertThat(changed.certificate()).hasValueSatisfying(c -> assertThat(c.subject()).contains("pbx-b"));
        } finally {
            other.close();
        }
    }
}
