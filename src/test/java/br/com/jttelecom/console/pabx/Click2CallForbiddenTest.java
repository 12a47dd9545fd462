package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Found against the simulator: the Click2Call refusal may come as 403, which is not a credentials problem. */
class Click2CallForbiddenTest extends PabxTestSupport {

    @Test
    void aForbiddenDialSayingClick2CallIsMissingIsARefusalNotAnAuthFailure() {
        server.enqueue(json(403, "{\"http_response_code\":403,"
                + "\"mensagem\":\"Módulo Click2Call não contratado para esta conta.\"}"));
        assertThatThrownBy(() -> client.dial("201", "011987654321", Map.of()))
                .isInstanceOfSatisfying(PabxRejected.class, e -> {
                    assertThat(e.click2CallNotContracted()).isTrue();
                    assertThat(e.code()).isEqualTo(403);
                });
    }

    @Test
    void aForbiddenDialWithAnyOtherMessageIsStillAnAuthFailure() {
        server.enqueue(json(403, "{\"http_response_code\":403,\"mensagem\":\"Acesso negado.\"}"));
        assertThatThrownBy(() -> client.dial("201", "011987654321", Map.of()))
                .isInstanceOf(PabxAuthFailed.class);
    }
}
