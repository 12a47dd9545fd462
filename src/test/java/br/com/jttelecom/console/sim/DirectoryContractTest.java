package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Extensions and DIDs: insert / list / alter / delete round-trips and their validation. */
class DirectoryContractTest {

    private final PbxSimulator sim = SimTestSupport.started(SimClock.manual(T0));
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void insertedExtensionIsListedWithEveryFieldAsStrings() {
        SimClient.Reply inserted = client.post("inserir_ramal", """
                {"dados":{"tipo":1,"nome":"Vendas 5","numero":"205","senha_sip":"S3nh@","caller_id_externo":"4835124536",
                 "grupo_ramais":2,"centro_custo":1,"plano_discagem_id":3,"codigo_area":"48","gravar_chamadas":1,
                 "habilitar_blf":0,"habilitar_caixa_postal":1,"caixa_postal_email":"vendas@loja.com.br",
                 "encaminhar_ocupado_indisponivel":{"encaminhamento_tipo":8,"encaminhamento_destino":"048999990000"}}}""");

        assertThat(inserted.code()).isEqualTo(200);
        String id = inserted.json().path("id").asText();
        JsonNode row = client.get("listar_ramais", Map.of("ramal_id", id)).dados().get(0);
        assertThat(row.path("ramal_id").asText()).isEqualTo(id);
        assertThat(row.path("nome").asText()).isEqualTo("Vendas 5");
        assertThat(row.path("grupo_ramais").asText()).isEqualTo("2");
        assertThat(row.path("usuario_autenticacao").asText()).isEqualTo("demo-205");
        assertThat(row.path("habilitar_caixa_postal").asText()).isEqualTo("1");
        assertThat(row.path("senha_sip").asText()).isEqualTo("S3nh@");
        assertThat(row.has("senha_web")).isTrue();
        assertThat(row.path("codigo_incorporacao").asText()).startsWith("<iframe");
        JsonNode forward = row.path("encaminhar_ocupado_indisponivel");
        assertThat(forward.path("encaminhamento_tipo").asText()).isEqualTo("8");
        assertThat(forward.path("encaminhamento_destino").get(0).asText()).isEqualTo("048999990000");
        assertThat(row.path("encaminhar_todas_chamadas").path("encaminhamento_tipo").asText()).isEqualTo("0");
        for (String flag : new String[] {"puxar_chamadas", "habilitar_timers", "habilitar_blf", "escutar_chamadas",
                "gravar_chamadas", "bloquear_ramal", "habilitar_dupla_autenticacao"}) {
            assertThat(row.path(flag).asText()).as(flag).isIn("0", "1");
        }
    }

    @Test
    void alterExtensionByPostWithRamalIdInDados() {
        long id = sim.addExtension("206", "Antigo");

        SimClient.Reply altered = client.post("alterar_ramal", "{\"dados\":{\"ramal_id\":" + id + ",\"nome\":\"Novo\",\"bloquear_ramal\":1}}");

        assertThat(altered.code()).isEqualTo(200);
        JsonNode row = client.get("listar_ramais", Map.of("ramal_id", Long.toString(id))).dados().get(0);
        assertThat(row.path("nome").asText()).isEqualTo("Novo");
        assertThat(row.path("bloquear_ramal").asText()).isEqualTo("1");
        assertThat(row.path("numero").asText()).isEqualTo("206");
    }

    @Test
    void deletedExtensionIsNoLongerListed() {
        long id = sim.addExtension("207", "Temporário");

        SimClient.Reply deleted = client.get("deletar_ramal", Map.of("ramal_id", Long.toString(id)));

        assertThat(deleted.code()).isEqualTo(200);
        assertThat(client.get("listar_ramais", Map.of("ramal_id", Long.toString(id))).status()).isEqualTo(404);
        assertThat(client.get("deletar_ramal", Map.of("ramal_id", Long.toString(id))).mensagem()).contains("ramal_id");
    }

    @Test
    void insertWithoutNumberIsRejectedNamingTheField() {
        SimClient.Reply r = client.post("inserir_ramal", "{\"dados\":{\"nome\":\"Sem número\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("numero");
    }

    @Test
    void duplicateExtensionNumberIsRejected() {
        SimClient.Reply r = client.post("inserir_ramal", "{\"dados\":{\"numero\":\"201\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("numero");
    }

    @Test
    void invalidFlagIsRejectedNamingTheField() {
        SimClient.Reply r = client.post("inserir_ramal", "{\"dados\":{\"numero\":\"208\",\"gravar_chamadas\":\"talvez\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("gravar_chamadas");
    }

    @Test
    void alterUnknownExtensionIsRejected() {
        SimClient.Reply r = client.post("alterar_ramal", "{\"dados\":{\"ramal_id\":999,\"nome\":\"x\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("ramal_id");
    }

    @Test
    void didRoundTripInsertAlterDelete() {
        SimClient.Reply inserted = client.post("inserir_did", """
                {"dados":{"numero":"4830250100","apontar_para":"ramal","destino":"201","gravar_chamadas":1,
                 "horario_funcionamento_dias_semana":["1","2","3"]}}""");
        String id = inserted.json().path("id").asText();

        JsonNode row = client.get("listar_dids", Map.of("did_id", id)).dados().get(0);
        assertThat(row.path("numero").asText()).isEqualTo("4830250100");
        assertThat(row.path("apontar_para").asText()).isEqualTo("ramal");
        assertThat(row.path("horario_funcionamento_dias_semana")).hasSize(3);
        assertThat(row.has("registro_senha")).isTrue();

        assertThat(client.post("alterar_did", "{\"dados\":{\"did_id\":\"" + id + "\",\"destino\":\"202\"}}").code()).isEqualTo(200);
        assertThat(client.get("listar_dids", Map.of("did_id", id)).dados().get(0).path("destino").asText()).isEqualTo("202");

        assertThat(client.post("deletar_did", "{\"did_id\":\"" + id + "\"}").code()).isEqualTo(200);
        assertThat(client.get("listar_dids", Map.of("did_id", id)).status()).isEqualTo(404);
    }

    @Test
    void didWithCountryCodeIsRejected() {
        SimClient.Reply r = client.post("inserir_did", "{\"dados\":{\"numero\":\"554830250100\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("numero");
    }
}
