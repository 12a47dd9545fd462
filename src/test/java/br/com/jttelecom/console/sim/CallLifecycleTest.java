package br.com.jttelecom.console.sim;

import static br.com.jttelecom.console.sim.SimTestSupport.T0;
import static br.com.jttelecom.console.sim.SimTestSupport.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dial on the manual clock (talk fixed at 30 s): extension rings 3 s, customer rings 6 s,
 * talk 30 s, history 10 s after hang-up.
 */
class CallLifecycleTest {

    private final ManualClock clock = SimClock.manual(T0);
    private final PbxSimulator sim = SimTestSupport.started(clock);
    private final SimClient client = new SimClient(sim);

    @AfterEach
    void stop() {
        sim.close();
    }

    private String dial(String ramal, String number) {
        SimClient.Reply r = client.post("discar_numero",
                "{\"dados\":{\"numero_ramal_origem\":" + ramal + ",\"numero_destino\":\"" + number + "\",\"variaveis\":[]}}");
        assertThat(r.code()).as(r.body()).isEqualTo(200);
        return r.json().path("chamada_id").asText();
    }

    private JsonNode online() {
        return client.get("listar_chamadas_online", Map.of()).dados();
    }

    private SimClient.Reply history(String id) {
        return client.get("listar_historico_chamada", Map.of("data_inicial", TODAY, "data_final", TODAY, "chamada_id", id));
    }

    @Test
    void dialAnswersLikeThePbxAndRingsTheExtensionFirst() {
        SimClient.Reply r = client.post("discar_numero",
                "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"011987654321\"}}");

        assertThat(r.mensagem()).isEqualTo("Discagem efetuada com sucesso.");
        String id = r.json().path("chamada_id").asText();
        assertThat(id).matches(T0.getEpochSecond() + "\\.\\d+");
        JsonNode call = online().get(0);
        assertThat(call.path("chamada_id").asText()).isEqualTo(id);
        assertThat(call.path("status").asText()).isEqualTo("chamando_ramal");
        assertThat(call.path("origem").asText()).isEqualTo("demo-201");
        assertThat(call.path("destino").asText()).isEqualTo("011987654321");
        assertThat(call.path("ramal").asText()).isEqualTo("201");
        assertThat(call.path("operador").asText()).isEqualTo("Mariana Costa");
        assertThat(call.path("data").asText()).isEqualTo("21/08/2026 13:00:00");
    }

    @Test
    void answeredCallGoesThroughEachPhaseAndReachesHistoryOnlyAfterTheIndexingDelay() {
        String id = dial("201", "011987654321");

        clock.advance(Duration.ofSeconds(3));
        assertThat(online().get(0).path("status").asText()).isEqualTo("chamando");
        clock.advance(Duration.ofSeconds(6));
        assertThat(online().get(0).path("status").asText()).isEqualTo("em_conversa");
        assertThat(online().get(0).path("duracao").asText()).isEqualTo("00:00:09");

        clock.advance(Duration.ofSeconds(30));
        assertThat(client.get("listar_chamadas_online", Map.of()).code()).isEqualTo(404);
        assertThat(history(id).code()).isEqualTo(404);

        clock.advance(Duration.ofSeconds(9));
        assertThat(history(id).code()).isEqualTo(404);

        clock.advance(Duration.ofSeconds(1));
        JsonNode rec = history(id).dados().get(0);
        assertThat(rec.path("status").asText()).isEqualTo("1");
        assertThat(rec.path("sip_code").asText()).isEqualTo("200");
        assertThat(rec.path("duracao").asText()).isEqualTo("00:00:39");
        assertThat(rec.path("duracao_real").asText()).matches("00:00:[23]\\d,\\d{3}");
        assertThat(rec.path("origem").asText()).isEqualTo("demo-201");
        assertThat(rec.path("destino").asText()).isEqualTo("011987654321");
        assertThat(rec.path("operador").asText()).isEqualTo("Mariana Costa");
    }

    @Test
    void recordingLinkDownloadsARealWav() throws IOException {
        String id = dial("202", "48991234567");
        clock.advance(Duration.ofMinutes(2));
        JsonNode link = history(id).dados().get(0).path("link_gravacao");
        String url = link.isArray() ? link.get(0).asText() : link.asText();

        assertThat(url).isEqualTo(sim.rootUrl() + "/suite/gravacoes/" + id + ".wav");
        try (Response r = client.http.newCall(new Request.Builder().url(url).build()).execute()) {
            byte[] wav = r.body().bytes();
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo("audio/wav");
            assertThat(new String(Arrays.copyOfRange(wav, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(new String(Arrays.copyOfRange(wav, 8, 16), StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
            ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(b.getInt(4)).isEqualTo(wav.length - 8);
            assertThat(b.getShort(20)).isEqualTo((short) 1);   // PCM
            assertThat(b.getShort(22)).isEqualTo((short) 1);   // mono
            assertThat(b.getInt(24)).isEqualTo(8000);
            assertThat(b.getShort(34)).isEqualTo((short) 16);
            assertThat(b.getInt(40)).isEqualTo(wav.length - 44).isGreaterThanOrEqualTo(16000);
        }
    }

    @Test
    void unknownRecordingIsNotFound() throws IOException {
        try (Response r = client.http.newCall(new Request.Builder()
                .url(sim.rootUrl() + "/suite/gravacoes/123.456.wav").build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0} ends as status {1}, sip {2}")
    @CsvSource({"011987654321,1,200", "011987654320,486,486", "011987654328,2,503", "011987654329,0,487",
            "48991234567,1,200", "991234560,486,486"})
    void outcomeFollowsTheLastDigitOfTheNumber(String number, String status, String sip) {
        String id = dial("201", number);
        clock.advance(Duration.ofMinutes(2));

        JsonNode rec = history(id).dados().get(0);

        assertThat(rec.path("status").asText()).isEqualTo(status);
        assertThat(rec.path("sip_code").asText()).isEqualTo(sip);
        assertThat(rec.path("link_gravacao").isArray() || !rec.path("link_gravacao").asText().isEmpty())
                .isEqualTo("1".equals(status));
    }

    @Test
    void notAnsweredCallKeepsRingingUntilTheTimeout() {
        dial("201", "011987654329");
        clock.advance(Duration.ofSeconds(32));

        assertThat(online().get(0).path("status").asText()).isEqualTo("chamando");
        clock.advance(Duration.ofSeconds(1));
        assertThat(client.get("listar_chamadas_online", Map.of()).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"+5511987654321", "5511987654321", "+55 48 99123-4567"})
    void internationalFormIsRefusedAsServicoIndisponivel(String number) {
        SimClient.Reply r = client.post("discar_numero",
                "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"" + number + "\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).isEqualTo("Serviço indisponível");
        assertThat(sim.liveCallCount()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"11987654321", "991234567", "33334444", "04833334444", "202"})
    void localLongDistanceAndInternalDialStringsAreAccepted(String number) {
        dial("201", number);

        assertThat(online().get(0).path("destino").asText()).isEqualTo(number);
    }

    @Test
    void unknownOriginExtensionIsRejectedNamingTheField() {
        SimClient.Reply r = client.post("discar_numero", "{\"dados\":{\"numero_ramal_origem\":999,\"numero_destino\":\"011987654321\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("numero_ramal_origem");
    }

    @ParameterizedTest
    @CsvSource({"1234567", "0019876543210", "abc"})
    void invalidDestinationIsRejectedNamingTheField(String number) {
        SimClient.Reply r = client.post("discar_numero",
                "{\"dados\":{\"numero_ramal_origem\":201,\"numero_destino\":\"" + number + "\"}}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.mensagem()).contains("numero_destino");
    }

    @Test
    void flatDialFieldsAreAcceptedToo() {
        SimClient.Reply r = client.post("discar_numero", "{\"numero_ramal_origem\":\"201\",\"numero_destino\":\"011987654321\"}");

        assertThat(r.code()).isEqualTo(200);
    }

    @Test
    void operatorIsShownOnACallWhileItLasts() {
        dial("201", "011987654321");
        assertThat(client.get("listar_pessoas", Map.of("pessoa_id", "1")).dados().get(0).path("em_chamada").asText()).isEqualTo("1");

        clock.advance(Duration.ofMinutes(1));
        assertThat(client.get("listar_pessoas", Map.of("pessoa_id", "1")).dados().get(0).path("em_chamada").asText()).isEqualTo("0");
    }

    @Test
    void campaignDialUsesTheOperatorsExtension() {
        client.post("login_operador", "{\"operador_id\":2}");

        SimClient.Reply r = client.post("discar_campanha",
                "{\"dados\":{\"operador_id\":2,\"campanha_id\":1,\"numero_destino\":\"011987654321\",\"variaveis\":{}}}");

        assertThat(r.code()).isEqualTo(200);
        assertThat(online().get(0).path("origem").asText()).isEqualTo("demo-202");
        assertThat(online().get(0).path("operador").asText()).isEqualTo("Rafael Lima");
    }

    @Test
    void campaignDialForALoggedOutOperatorIsRefused() {
        SimClient.Reply r = client.post("discar_campanha",
                "{\"dados\":{\"operador_id\":2,\"campanha_id\":1,\"numero_destino\":\"011987654321\"}}");

        assertThat(r.status()).isEqualTo(400);
    }
}
