package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportSecurityTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://emnuvem.meupabxip.com.br/suite/api", "http://192.168.0.10/suite/api",
            "http://127.evil.com/suite/api", "http://localhost.evil.com/suite/api", "http://128.0.0.1/x"})
    void plainHttpToAnyOtherHostIsRefused(String url) {
        assertThatThrownBy(() -> new PabxClient(PabxSettings.of(url, "u", "t")))
                .isInstanceOfSatisfying(PabxConfigurationError.class, e -> {
                    assertThat(e.kind()).isEqualTo(PabxConfigurationError.Kind.INSECURE_URL);
                    assertThat(e.getMessage()).contains("https://");
                });
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {"http://localhost:8080/suite/api", "http://127.0.0.1/suite/api", "http://127.1.2.3:9/x",
            "http://[::1]:8080/suite/api", "https://emnuvem.meupabxip.com.br/suite/api"})
    void plainHttpToLoopbackAndHttpsAnywhereAreAllowed(String url) {
        try (PabxClient c = new PabxClient(PabxSettings.of(url, "u", "t"))) {
            assertThat(c.circuitState()).isEqualTo(CircuitState.CLOSED);
        }
    }

    @Test
    void anUnparseableUrlIsAConfigurationError() {
        assertThatThrownBy(() -> new PabxClient(PabxSettings.of("emnuvem sem esquema", "u", "t")))
                .isInstanceOfSatisfying(PabxConfigurationError.class,
                        e -> assertThat(e.kind()).isEqualTo(PabxConfigurationError.Kind.INVALID_URL));
    }

    @Test
    void settingsDefaultsFollowTheSpec() {
        PabxSettings s = PabxSettings.of(PabxSettings.DEFAULT_BASE_URL, "u", "t");
        assertThat(s.connectTimeout()).hasSeconds(10);
        assertThat(s.readTimeout()).hasSeconds(20);
        assertThat(s.dialTimeout()).hasSeconds(12);
        assertThat(s.requestsPerSecond()).isEqualTo(5);
        assertThat(s.retryAttempts()).isEqualTo(3);
        assertThat(s.authMode()).isEqualTo(AuthMode.HEADERS);
    }

    @Test
    void redactorMasksSecretsInJsonQueryAndHeaders() {
        Redactor r = new Redactor("abcd-1234-token");
        assertThat(r.redact("{\"token\":\"abcd-1234-token\",\"senha_sip\":\"x\\\"y\",\"senha_web\":123,\"nome\":\"a\"}"))
                .isEqualTo("{\"token\":\"██\",\"senha_sip\":\"██\",\"senha_web\":\"██\",\"nome\":\"a\"}");
        assertThat(r.redact("GET /x?usuario=a&token=abc&y=1")).isEqualTo("GET /x?usuario=a&token=██&y=1");
        assertThat(r.redact("token: abc")).isEqualTo("token: ██");
        assertThat(r.redact("echo abcd-1234-token")).isEqualTo("echo ██");
    }
}
