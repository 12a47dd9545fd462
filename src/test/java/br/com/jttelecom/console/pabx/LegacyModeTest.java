package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class LegacyModeTest extends PabxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected PabxSettings settings() {
        return super.settings().withAuthMode(AuthMode.LEGACY_API_PHP);
    }

    @Test
    void legacyModePostsToApiPhpWithAuthAndActionInTheBody() throws Exception {
        server.enqueue(okFixture("historico-pagina.json"));
        client.history(HistoryQuery.between(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 21))).toList();

        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/pabx/api.php");
        assertThat(r.getHeaders().get("token")).isNull();
        assertThat(r.getHeaders().get("usuario")).isNull();
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        JsonNode b = JSON.readTree(body(r));
        assertThat(b.get("autenticacao").get("usuario").asText()).isEqualTo(USER);
        assertThat(b.get("autenticacao").get("token").asText()).isEqualTo(TOKEN);
        assertThat(b.get("acao").asText()).isEqualTo("listar_historico_chamada");
        assertThat(b.get("data_inicial").asText()).isEqualTo("01/08/2026");
    }

    @Test
    void legacyModeSendsParameterlessActionsAsPostToo() throws Exception {
        server.enqueue(ok(EMPTY_LIST));
        client.onlineCalls();
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(JSON.readTree(body(r)).get("acao").asText()).isEqualTo("listar_chamadas_online");
    }

    @Test
    void legacyDialKeepsThePayloadInDados() throws Exception {
        server.enqueue(okFixture("discar-ok.json"));
        assertThat(client.dial("202", "011999999999", null).chamadaId()).isEqualTo("1787314001.4852");
        JsonNode b = JSON.readTree(body(take()));
        assertThat(b.get("acao").asText()).isEqualTo("discar_numero");
        assertThat(b.get("dados").get("numero_ramal_origem").asLong()).isEqualTo(202);
    }

    @Test
    void aBaseUrlThatAlreadyNamesAPhpEndpointIsUsedAsIs() {
        okhttp3.HttpUrl u = okhttp3.HttpUrl.parse("https://pabx.example.com.br/antigo/api.php");
        assertThat(RequestFactory.legacyUrl(u)).isEqualTo(u);
        assertThat(RequestFactory.legacyUrl(okhttp3.HttpUrl.parse("https://h.com.br/suite/api")).toString())
                .isEqualTo("https://h.com.br/pabx/api.php");
    }
}
