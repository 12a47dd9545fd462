package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.pabx.wire.DidData;
import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.Forwarding;
import br.com.jttelecom.console.pabx.wire.NamedRecord;
import br.com.jttelecom.console.pabx.wire.WriteAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActionRequestsTest extends PabxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode takeJson(String expectedPath, String expectedMethod) throws Exception {
        RecordedRequest r = take();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/suite/api/" + expectedPath);
        assertThat(r.getMethod()).isEqualTo(expectedMethod);
        assertThat(r.getHeaders().get("usuario")).isEqualTo(USER);
        assertThat(r.getHeaders().get("token")).isEqualTo(TOKEN);
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        String b = body(r);
        return b.isEmpty() ? JSON.createObjectNode() : JSON.readTree(b);
    }

    @Test
    void dialSendsExtensionAsNumberAndPayloadInDados() throws Exception {
        server.enqueue(okFixture("discar-ok.json"));

        WriteAnswer a = client.dial("loja-1001", "011999999999", Map.of("lead", "42"));

        JsonNode b = takeJson("discar_numero", "POST");
        assertThat(b.get("dados").get("numero_ramal_origem").isNumber()).isTrue();
        assertThat(b.get("dados").get("numero_ramal_origem").asLong()).isEqualTo(1001);
        assertThat(b.get("dados").get("numero_destino").asText()).isEqualTo("011999999999");
        assertThat(b.get("dados").get("variaveis").get("lead").asText()).isEqualTo("42");
        assertThat(a.chamadaId()).isEqualTo("1787314001.4852");
        assertThat(a.hasCallId()).isTrue();
        assertThat(a.mensagem()).isEqualTo("Discagem efetuada com sucesso.");
    }

    @Test
    void dialAnswerWithoutCallIdIsStillASuccess() {
        server.enqueue(ok("{\"http_response_code\":200,\"mensagem\":\"ok\"}"));
        assertThat(client.dial("1001", "011999999999", Map.of()).hasCallId()).isFalse();
    }

    @Test
    void dialAnswerWithoutBodyCodeIsNotTakenAsSuccess() {
        server.enqueue(ok("{\"mensagem\":\"?\"}"));
        assertThatThrownBy(() -> client.dial("1001", "011999999999", Map.of()))
                .isInstanceOf(PabxProtocolError.class);
    }

    @Test
    void dialRefusedForMissingClick2CallSaysSo() {
        server.enqueue(json(400, "{\"http_response_code\":400,\"mensagem\":\"Módulo Click2Call não contratado.\"}"));
        assertThatThrownBy(() -> client.dial("1001", "011999999999", Map.of()))
                .isInstanceOfSatisfying(PabxRejected.class, e -> {
                    assertThat(e.click2CallNotContracted()).isTrue();
                    assertThat(e.getMessage()).contains("Click2Call não está contratado");
                });
    }

    @Test
    void dialRefusedForOtherReasonsShowsThePbxMessage() {
        server.enqueue(json(400, "{\"http_response_code\":400,\"mensagem\":\"Serviço indisponível\"}"));
        assertThatThrownBy(() -> client.dial("1001", "+5511999999999", Map.of()))
                .isInstanceOfSatisfying(PabxRejected.class, e -> {
                    assertThat(e.click2CallNotContracted()).isFalse();
                    assertThat(e.pbxMessage()).isEqualTo("Serviço indisponível");
                    assertThat(e.getMessage()).isEqualTo("O PABX recusou o pedido: Serviço indisponível");
                });
    }

    @Test
    void campaignDialSendsOperatorCampaignAndNumberInDados() throws Exception {
        server.enqueue(ok(OK_WRITE));
        client.dialCampaign("7", "011999999999", "3", null);
        JsonNode d = takeJson("discar_campanha", "POST").get("dados");
        assertThat(d.get("operador_id").asText()).isEqualTo("7");
        assertThat(d.get("campanha_id").asText()).isEqualTo("3");
        assertThat(d.get("numero_destino").asText()).isEqualTo("011999999999");
    }

    @Test
    void onlineCallsIsAPlainGetAndReadsAlternativeFieldNames() throws Exception {
        server.enqueue(ok("{\"http_response_code\":200,\"dados\":[{\"chamada_id\":\"1.2\",\"ramal\":\"202\","
                + "\"numero\":\"011987654321\",\"tempo\":\"00:00:31\",\"estado\":\"em conversa\"}]}"));
        var calls = client.onlineCalls();
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/suite/api/listar_chamadas_online");
        assertThat(r.getBodySize()).isZero();
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.ramal()).isEqualTo("202");
            assertThat(c.numero()).isEqualTo("011987654321");
            assertThat(c.elapsed()).isEqualTo("00:00:31");
            assertThat(c.state()).isEqualTo("em conversa");
        });
    }

    @Test
    void noOnlineCallsIsAnEmptyList() {
        server.enqueue(json(404, "{\"http_response_code\":404,\"mensagem\":\"Nenhuma chamada em andamento\"}"));
        assertThat(client.onlineCalls()).isEmpty();
    }

    @Test
    void extensionsListSendsFiltersAndMapsTheFixture() throws Exception {
        server.enqueue(okFixture("ramais-pagina.json"));
        List<ExtensionRecord> list = client.listExtensions(null, "202", "12");
        JsonNode b = takeJson("listar_ramais", "POST");
        assertThat(b.get("ramal_id").asText()).isEqualTo("0");
        assertThat(b.get("numero").asText()).isEqualTo("202");
        assertThat(b.get("cliente_id").asText()).isEqualTo("12");
        assertThat(b.get("pos_registro_inicial").asInt()).isZero();

        ExtensionRecord e = list.get(0);
        assertThat(e.ramalId()).isEqualTo("58");
        assertThat(e.usuarioAutenticacao()).isEqualTo("loja-202");
        assertThat(e.grupoMusicaEspera()).isNull();
        assertThat(e.encaminharOcupadoIndisponivel().encaminhamentoTipo()).isEqualTo(Forwarding.EXTERNAL);
        assertThat(e.encaminharOcupadoIndisponivel().encaminhamentoDestino()).containsExactly("048999990000");
        assertThat(e.encaminharTodasChamadas().encaminhamentoDestino()).isEmpty();
        assertThat(e.toString()).doesNotContain("(secret)").contains("senha_sip=****");
        assertThat(DirectoryMapper.toExtension(e).toString()).doesNotContain("(secret)");
        assertThat(DirectoryMapper.toExtension(e).recordsCalls()).isTrue();
    }

    @Test
    void insertExtensionSendsDadosWithIntegerFlagsAndReturnsTheNewId() throws Exception {
        server.enqueue(ok("{\"http_response_code\":200,\"id\":77,\"mensagem\":\"Ramal inserido\"}"));
        ExtensionData d = new ExtensionData(null, "1", "Atendimento 2", "203", "s3cr3t-sip", "4835124536", "1", "1",
                "3", "48", 1, 0, 1, 0, 1, 0, 0, 1, "a@b.com", Forwarding.none(), Forwarding.none(), Forwarding.none());

        assertThat(client.insertExtension(d)).isEqualTo("77");

        JsonNode dados = takeJson("inserir_ramal", "POST").get("dados");
        assertThat(dados.get("numero").asText()).isEqualTo("203");
        assertThat(dados.get("gravar_chamadas").isInt()).isTrue();
        assertThat(dados.get("gravar_chamadas").asInt()).isEqualTo(1);
        assertThat(dados.get("habilitar_caixa_postal").asInt()).isEqualTo(1);
        assertThat(dados.get("encaminhar_todas_chamadas").get("encaminhamento_tipo").asText()).isEqualTo("0");
        assertThat(dados.has("ramal_id")).isFalse();
        assertThat(d.toString()).doesNotContain("s3cr3t-sip");
    }

    @Test
    void alterExtensionIsAPostWithRamalIdInDados() throws Exception {
        server.enqueue(ok(OK_WRITE));
        client.alterExtension(ExtensionData.basic("1", "Novo nome", "203", null).withRamalId("58"));
        JsonNode dados = takeJson("alterar_ramal", "POST").get("dados");
        assertThat(dados.get("ramal_id").asText()).isEqualTo("58");
        assertThat(dados.get("nome").asText()).isEqualTo("Novo nome");
        assertThat(dados.has("senha_sip")).isFalse();
    }

    @Test
    void deleteExtensionSendsRamalIdTopLevel() throws Exception {
        server.enqueue(ok(OK_WRITE));
        client.deleteExtension("58");
        assertThat(takeJson("deletar_ramal", "POST").get("ramal_id").asText()).isEqualTo("58");
    }

    @Test
    void didActionsFollowTheExtensionPattern() throws Exception {
        server.enqueue(ok("{\"http_response_code\":200,\"dados\":[{\"did_id\":5,\"numero\":\"4835124536\","
                + "\"registro_senha\":\"did-secret\",\"horario_funcionamento_dias_semana\":[\"1\",\"2\"],"
                + "\"maximo_chamadas_simultaneas\":\"10\",\"gravar_chamadas\":\"1\"}]}"));
        server.enqueue(ok("{\"http_response_code\":200,\"id\":\"9\"}"));
        server.enqueue(ok(OK_WRITE));
        server.enqueue(ok(OK_WRITE));

        var dids = client.listDids();
        assertThat(dids).singleElement().satisfies(d -> {
            assertThat(d.didId()).isEqualTo("5");
            assertThat(d.horarioFuncionamentoDiasSemana()).containsExactly("1", "2");
            assertThat(d.toString()).doesNotContain("did-secret");
            assertThat(DirectoryMapper.toDid(d).maxConcurrentCalls()).isEqualTo(10);
        });
        takeJson("listar_dids", "POST");
        assertThat(client.insertDid(DidData.pointing("4835124537", "ramal", "202"))).isEqualTo("9");
        assertThat(takeJson("inserir_did", "POST").get("dados").get("apontar_para").asText()).isEqualTo("ramal");
        client.alterDid(DidData.pointing("4835124537", "fila", "1").withDidId("9"));
        assertThat(takeJson("alterar_did", "POST").get("dados").get("did_id").asText()).isEqualTo("9");
        client.deleteDid("9");
        assertThat(takeJson("deletar_did", "POST").get("did_id").asText()).isEqualTo("9");
    }

    @Test
    void peopleListSendsPessoaIdAndMapsToOperators() throws Exception {
        server.enqueue(ok("{\"http_response_code\":200,\"dados\":[{\"operador_id\":7,\"nome\":\"Mariana Costa\","
                + "\"ramal\":\"202\",\"status\":\"livre\"}]}"));
        var people = client.listPeople("7");
        assertThat(takeJson("listar_pessoas", "POST").get("pessoa_id").asText()).isEqualTo("7");
        assertThat(DirectoryMapper.toOperator(people.get(0)).pbxId()).isEqualTo("7");
        assertThat(people.get(0).nome()).isEqualTo("Mariana Costa");
    }

    static Stream<Arguments> operatorActions() {
        return Stream.of(
                Arguments.of("login_operador", (OperatorCall) c -> c.loginOperator("7")),
                Arguments.of("logout_operador", (OperatorCall) c -> c.logoutOperator("7")),
                Arguments.of("despausar_operador", (OperatorCall) c -> c.unpauseOperator("7")));
    }

    interface OperatorCall {
        WriteAnswer call(PabxClient c);
    }

    @ParameterizedTest(name = "{0} sends operador_id")
    @MethodSource("operatorActions")
    void operatorActionsSendOperatorId(String action, OperatorCall call) throws Exception {
        server.enqueue(ok(OK_WRITE));
        assertThat(call.call(client).code()).isEqualTo(200);
        assertThat(takeJson(action, "POST").get("operador_id").asText()).isEqualTo("7");
    }

    @Test
    void pauseSendsTheReasonAsGiven() throws Exception {
        server.enqueue(ok(OK_WRITE));
        client.pauseOperator("7", "Almoço");
        JsonNode b = takeJson("pausar_operador", "POST");
        assertThat(b.get("operador_id").asText()).isEqualTo("7");
        assertThat(b.get("motivo_pausa").asText()).isEqualTo("Almoço");
    }

    static Stream<Arguments> smallLists() {
        return Stream.of(
                Arguments.of("listar_tronco", (Supplier<PabxClient>) null, (ListCall) PabxClient::listTrunks),
                Arguments.of("listar_regioes", null, (ListCall) PabxClient::listRegions),
                Arguments.of("listar_planos_discagem", null, (ListCall) PabxClient::listDialPlans),
                Arguments.of("listar_fluxos_integracao", null, (ListCall) PabxClient::listIntegrationFlows));
    }

    interface ListCall {
        List<NamedRecord> call(PabxClient c);
    }

    @ParameterizedTest(name = "{0} is a GET and reads id and name")
    @MethodSource("smallLists")
    void smallListsAreGetsAndReadIdAndName(String action, Object unused, ListCall call) throws Exception {
        server.enqueue(ok("{\"http_response_code\":200,\"dados\":[{\"" + action.replace("listar_", "")
                + "_id\":3,\"nome\":\"Principal\",\"extra\":{\"a\":1}}]}"));
        List<NamedRecord> list = call.call(client);
        takeJson(action, "GET");
        assertThat(list).singleElement().satisfies(r -> assertThat(r.nome()).isEqualTo("Principal"));
    }

    @Test
    void trunkIdAliasIsRead() {
        server.enqueue(ok("{\"http_response_code\":\"200\",\"dados\":[{\"tronco_id\":\"12\",\"nome\":\"Vivo\"}]}"));
        assertThat(client.listTrunks().get(0).id()).isEqualTo("12");
    }

    @Test
    void campaignsListMapsIdsGivenAsNumbers() throws Exception {
        server.enqueue(ok("{\"http_response_code\":200,\"dados\":[{\"campanha_id\":3,\"cliente_id\":12,\"nome\":\"Cobrança\"}]}"));
        var c = client.listCampaigns();
        takeJson("listar_campanhas", "GET");
        assertThat(c.get(0).campanhaId()).isEqualTo("3");
        assertThat(c.get(0).nome()).isEqualTo("Cobrança");
    }

    @Test
    void extensionListFollowsPagesBeyondAThousand() throws Exception {
        StringBuilder page = new StringBuilder("{\"http_response_code\":200,\"qtd_total_resultados\":1001,\"dados\":[");
        for (int i = 0; i < 1000; i++) {
            page.append(i == 0 ? "" : ",").append("{\"ramal_id\":\"").append(i).append("\"}");
        }
        server.enqueue(ok(page.append("]}").toString()));
        server.enqueue(ok("{\"http_response_code\":200,\"qtd_total_resultados\":1001,\"dados\":[{\"ramal_id\":\"1000\"}]}"));
        assertThat(client.listExtensions()).hasSize(1001);
        takeJson("listar_ramais", "POST");
        assertThat(takeJson("listar_ramais", "POST").get("pos_registro_inicial").asInt()).isEqualTo(1000);
    }

    @Test
    void extensionNumberAcceptsPlainAndTenantForms() {
        assertThat(PabxClient.extensionNumber("odin-202")).isEqualTo(202);
        assertThat(PabxClient.extensionNumber(" 1001 ")).isEqualTo(1001);
        assertThatThrownBy(() -> PabxClient.extensionNumber("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
