package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProtocolContractTest {

    private final ManualClock clock = SimClock.manual(T0);
    private final PbxSimulator sim = SimTestSupport.started(clock);
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void baseUrlIsLoopbackSuiteApi() {
        assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/suite/api");
        assertThat(sim.legacyUrl()).isEqualTo("http://127.0.0.1:" + sim.port() + "/pabx/api.php");
    }

    @Test
    void actionFromPathAnswersEnvelopeWithStringValues() {
        SimClient.Reply r = client.get("listar_ramais", Map.of());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.json().path("qtd_total_resultados").asInt()).isEqualTo(4);
        assertThat(r.json().path("qtd_resultados_retornados").asInt()).isEqualTo(4);
        assertThat(r.dados().get(0).path("ramal_id").isTextual()).isTrue();
        assertThat(r.dados().get(0).path("gravar_chamadas").asText()).isEqualTo("1");
        assertThat(r.dados().get(0).path("usuario_autenticacao").asText()).isEqualTo("demo-201");
    }

    @Test
    void wrongTokenIs401WithThePbxMessage() {
        Request req = new Request.Builder().url(client.url("listar_ramais", Map.of()))
                .header("usuario", sim.user()).header("token", "errado").build();

        SimClient.Reply r = exec(req);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.mensagem()).isEqualTo("Dados de autenticação inválidos");
    }

    @Test
    void missingCredentialsAre401() {
        SimClient.Reply r = client.send("GET", client.url("listar_ramais", Map.of()), null, false);

        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void credentialsAreAcceptedAsQueryParameters() {
        SimClient.Reply plain = client.send("GET",
                client.url("listar_ramais", Map.of("usuario", sim.user(), "token", sim.token())), null, false);
        SimClient.Reply prefixed = client.send("GET", client.url("listar_ramais",
                Map.of("autenticacao_usuario", sim.user(), "autenticacao_token", sim.token())), null, false);

        assertThat(plain.code()).isEqualTo(200);
        assertThat(prefixed.code()).isEqualTo(200);
    }

    @Test
    void unknownActionIs400FuncaoNaoEncontrada() {
        SimClient.Reply r = client.get("listar_coisas", Map.of());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).isEqualTo("Função não encontrada.");
    }

    @Test
    void actionIsAlsoReadFromAcaoParameter() {
        HttpUrl url = HttpUrl.get(sim.baseUrl()).newBuilder().addQueryParameter("acao", "listar_dids").build();

        SimClient.Reply r = client.send("GET", url, null, true);

        assertThat(r.code()).isEqualTo(200);
        assertThat(r.dados().get(0).path("numero").asText()).isEqualTo("4835124536");
    }

    @Test
    void legacyApiPhpTakesActionAndCredentialsFromTheBodyWithoutContentType() {
        String body = "{\"autenticacao\":{\"usuario\":\"" + sim.user() + "\",\"token\":\"" + sim.token()
                + "\"},\"acao\":\"listar_ramais\",\"numero\":\"203\"}";
        Request req = new Request.Builder().url(sim.legacyUrl())
                .post(RequestBody.create(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), (MediaType) null)).build();

        SimClient.Reply r = exec(req);

        assertThat(r.code()).isEqualTo(200);
        assertThat(r.dados()).hasSize(1);
        assertThat(r.dados().get(0).path("numero").asText()).isEqualTo("203");
    }

    @Test
    void legacyApiPhpWithWrongCredentialsIs401() {
        String body = "{\"autenticacao\":{\"usuario\":\"x\",\"token\":\"y\"},\"acao\":\"listar_ramais\"}";
        Request req = new Request.Builder().url(sim.legacyUrl())
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();

        assertThat(exec(req).status()).isEqualTo(401);
    }

    @Test
    void jsonBodyOnGetIsRead() {
        // OkHttp refuses a body on GET, so send it the way production clients do, over a raw socket.
        SimClient.Reply r = RawHttp.send(sim, "GET", "/suite/api/listar_ramais", "{\"numero\":\"202\"}", true);

        assertThat(r.code()).isEqualTo(200);
        assertThat(r.dados()).hasSize(1);
        assertThat(r.dados().get(0).path("numero").asText()).isEqualTo("202");
    }

    @Test
    void queryParametersMergeWithJsonBody() {
        HttpUrl url = client.url("listar_ramais", Map.of("quantidade", "2"));

        SimClient.Reply r = client.send("PUT", url, "{\"pos_registro_inicial\":1}", true);

        assertThat(r.json().path("qtd_total_resultados").asInt()).isEqualTo(4);
        assertThat(r.dados()).hasSize(2);
        assertThat(r.dados().get(0).path("numero").asText()).isEqualTo("202");
    }

    @Test
    void getPostPutAndDeleteAreAllAccepted() {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            assertThat(client.send(method, client.url("listar_ramais", Map.of()), null, true).code())
                    .as(method).isEqualTo(200);
        }
    }

    @Test
    void otherMethodsAre405() {
        SimClient.Reply r = client.send("PATCH", client.url("listar_ramais", Map.of()), "{}", true);

        assertThat(r.status()).isEqualTo(405);
    }

    @Test
    void malformedJsonBodyIs400() {
        SimClient.Reply r = client.post("listar_ramais", "{\"numero\":");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("JSON");
    }

    @Test
    void wrongPathAnswersAnHtmlPageLikeTheWebServer() {
        SimClient.Reply r = client.send("GET", HttpUrl.get(sim.rootUrl() + "/suite/apx/listar_ramais"), null, true);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.headers().get("Content-Type")).startsWith("text/html");
        assertThat(r.body()).startsWith("<html>");
    }

    @Test
    void emptyListIs404EnvelopeWithHttp404ByDefault() {
        SimClient.Reply r = client.get("listar_chamadas_online", Map.of());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo(404);
        assertThat(r.json().has("dados")).isFalse();
    }

    @Test
    void emptyListCanBeSentWithHttp200() {
        try (PbxSimulator lenient = SimTestSupport.manual(clock).emptyResultsStatus(200).build().start(0)) {
            SimClient.Reply r = new SimClient(lenient).get("listar_chamadas_online", Map.of());

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.code()).isEqualTo(404);
        }
    }

    @Test
    void extensionListPagesBy20ByDefaultAndRejectsANonNumericQuantidade() {
        for (int i = 0; i < 30; i++) {
            sim.addExtension(Integer.toString(3000 + i), "Extra " + i);
        }

        assertThat(client.get("listar_ramais", Map.of()).dados()).hasSize(20);
        assertThat(client.get("listar_ramais", Map.of("quantidade", "5000")).dados()).hasSize(34);
        assertThat(client.get("listar_ramais", Map.of("quantidade", "abc")).mensagem()).contains("quantidade");
    }

    @Test
    void staticListsAnswerWithTheirIds() {
        assertThat(client.get("listar_campanhas", Map.of()).dados().get(0).has("campanha_id")).isTrue();
        assertThat(client.get("listar_tronco", Map.of()).code()).isEqualTo(200);
        assertThat(client.get("listar_regioes", Map.of()).code()).isEqualTo(200);
        assertThat(client.get("listar_planos_discagem", Map.of()).dados().get(0).has("plano_discagem_id")).isTrue();
        assertThat(client.get("listar_fluxos_integracao", Map.of()).code()).isEqualTo(200);
    }

    private SimClient.Reply exec(Request req) {
        try {
            return client.execute(req);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
