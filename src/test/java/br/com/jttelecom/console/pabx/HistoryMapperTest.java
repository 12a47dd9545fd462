package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.wire.Envelope;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.pabx.wire.WireJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryMapperTest {

    private static final ObjectMapper MAPPER = WireJson.newMapper();
    private final HistoryMapper mapper = new HistoryMapper();

    static List<HistoryRecord> fixtureRecords() throws Exception {
        var type = MAPPER.getTypeFactory().constructParametricType(Envelope.class, HistoryRecord.class);
        Envelope<HistoryRecord> env = MAPPER.readValue(PabxTestSupport.fixture("historico-pagina.json"), type);
        return env.records();
    }

    static HistoryRecord record(String origem, String destino, String status, String sip, String duracaoReal) {
        return new HistoryRecord("1.1", null, "21/08/2026 13:28:27", null, null, null, origem, destino, null, status,
                null, "00:01:00", null, duracaoReal, null, null, null, null, null, sip, null, null, null, null, null,
                null, null, null, null);
    }

    @Test
    void outboundFixtureRecordMapsEveryField() throws Exception {
        Call c = mapper.toCall(fixtureRecords().get(0));
        assertThat(c.externalCallId()).isEqualTo("1787312345.4821");
        assertThat(c.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(c.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(c.phoneNumber()).isEqualTo("011987654321");
        assertThat(c.extension()).isEqualTo("202");
        assertThat(c.operator()).isEqualTo("Mariana Costa");
        assertThat(c.startTime()).isEqualTo(Instant.parse("2026-08-21T16:28:27Z"));
        assertThat(c.duration()).isEqualTo(Duration.ofSeconds(66));
        assertThat(c.endTime()).isEqualTo(Instant.parse("2026-08-21T16:29:33Z"));
        assertThat(c.talkTime()).isEqualTo(Duration.ofSeconds(59)); // 00:00:58,412: a started second counts
        assertThat(c.waitTime()).isEqualTo(Duration.ofSeconds(7)); // 66 − 59, though the queue wait says 0
        assertThat(c.hangupReason()).isEqualTo("OK");
        assertThat(c.sipCode()).isEqualTo(200);
        assertThat(c.recordingUrl()).isEqualTo("https://pabx.example.com.br/suite/gravacoes/1787312345.4821.wav");
        assertThat(c.rawStatus()).isNull();
    }

    @Test
    void inboundOnADidMapsTheCallerAndTheAnsweringExtension() throws Exception {
        Call c = mapper.toCall(fixtureRecords().get(1));
        assertThat(c.direction()).isEqualTo(Direction.INBOUND);
        assertThat(c.phoneNumber()).isEqualTo("47997008385");
        assertThat(c.extension()).isEqualTo("203");
        assertThat(c.status()).isEqualTo(CallStatus.MISSED);
        assertThat(c.sipCode()).isEqualTo(487);
        assertThat(c.waitTime()).isEqualTo(Duration.ofSeconds(21));
        assertThat(c.recordingUrl()).isNull();
        assertThat(c.hangupReason()).isNull();
    }

    @Test
    void queueCallNoAgentTookIsInboundWithoutExtension() throws Exception {
        Call c = mapper.toCall(fixtureRecords().get(2));
        assertThat(c.direction()).isEqualTo(Direction.INBOUND);
        assertThat(c.phoneNumber()).isEqualTo("48991234567");
        assertThat(c.extension()).isNull();
        assertThat(c.operator()).isNull();
        assertThat(c.status()).isEqualTo(CallStatus.MISSED);
        assertThat(c.sipCode()).isNull();
        assertThat(c.waitTime()).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.recordingUrl()).endsWith("1787313555.4841.wav");
        assertThat(c.transcript()).isNull();
    }

    /** duracao 00:01:20, duracao_real 00:01:10,500 (a started second counts: 71), queue wait 00:00:00: it rang 9 s. */
    @Test
    void theWaitIsTheTotalBeyondTheTalkNotTheQueueWaitOfZero() {
        Call c = mapper.toCall(times("00:01:20", "00:01:10,500", "00:00:00", "00:01:10"));
        assertThat(c.duration()).isEqualTo(Duration.ofSeconds(80));
        assertThat(c.talkTime()).isEqualTo(Duration.ofSeconds(71));
        assertThat(c.waitTime()).isEqualTo(Duration.ofSeconds(9));
        assertThat(Duration.between(c.startTime(), c.endTime())).isEqualTo(c.duration());
    }

    @ParameterizedTest(name = "duracao={0} duracao_real={1} espera={2} operador={3} → talk {4}, wait {5}")
    @CsvSource(nullValues = "null", value = {
            "00:01:20, null,           00:00:00, 00:01:05, 65,   15",   // no duracao_real: the operator's queue time
            "00:01:20, null,           00:00:12, null,     null, 12",   // no talk at all: the queue wait is all we know
            "null,     '00:01:10,500', 00:00:04, null,     71,   4",    // no total: the queue wait
            "null,     null,           21,       null,     null, 21",   // a queue wait in plain seconds
            "null,     null,           null,     null,     null, null", // nothing known: unknown, never 0
            "00:00:30, '00:00:31,000', 00:00:00, null,     31,   0",    // talk over the total: the wait is never negative
            "00:00:09, '00:00:00,000', 9,        null,     0,    9"})   // rang 9 s, no answer
    void eachTimeFollowsTheOneRule(String total, String real, String queue, String operator, Long talk, Long wait) {
        Call c = mapper.toCall(times(total, real, queue, operator));
        assertThat(c.talkTime()).isEqualTo(talk == null ? null : Duration.ofSeconds(talk));
        assertThat(c.waitTime()).isEqualTo(wait == null ? null : Duration.ofSeconds(wait));
    }

    private static HistoryRecord times(String duracao, String duracaoReal, String espera, String operador) {
        return new HistoryRecord("1.2", null, "21/08/2026 13:28:27", null, null, null, "odin-202", "011987654321", null,
                "1", null, duracao, null, duracaoReal, espera, operador, null, null, null, "200", null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void extensionToExtensionIsInternal() {
        Call c = mapper.toCall(record("odin-202", "odin-203", "1", "200", "00:00:10,000"));
        assertThat(c.direction()).isEqualTo(Direction.INTERNAL);
        assertThat(c.extension()).isEqualTo("202");
        assertThat(c.phoneNumber()).isEqualTo("203");
    }

    @ParameterizedTest(name = "status={0} sip={1} talk={2} → {3}")
    @CsvSource(nullValues = "null", value = {
            "1, null, null, COMPLETED",
            "0, null, null, MISSED",
            "2, null, null, FAILED",
            "486, null, null, BUSY",
            "ATENDIDA, null, null, COMPLETED",
            "Não atendida, null, null, MISSED",
            "0, 200, '00:00:30,000', COMPLETED",
            "1, 486, null, BUSY",
            "1, 408, null, MISSED",
            "1, 487, null, MISSED",
            "1, 600, null, MISSED",
            "1, 603, '00:00:00,000', MISSED",
            "1, 404, null, FAILED",
            "1, 480, null, FAILED",
            "1, 503, null, FAILED",
            "0, 200, '00:00:00,000', MISSED",
            "1, 999, null, COMPLETED"})
    void statusTableFollowsTheSpec(String status, String sip, String talk, CallStatus expected) {
        assertThat(mapper.toCall(record("odin-202", "011987654321", status, sip, talk)).status()).isEqualTo(expected);
    }

    @Test
    void unknownStatusIsKeptRawAndFailsOnlyWithoutTalkTime() {
        Call noTalk = mapper.toCall(record("odin-202", "011987654321", "7", "299", "00:00:00,000"));
        assertThat(noTalk.status()).isEqualTo(CallStatus.FAILED);
        assertThat(noTalk.rawStatus()).contains("status=7").contains("sip_code=299");

        Call talked = mapper.toCall(record("odin-202", "011987654321", "7", "299", "00:00:12,500"));
        assertThat(talked.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(talked.rawStatus()).isNotNull();
    }

    @ParameterizedTest(name = "party {0} → {1} {2} did={3}")
    @CsvSource(nullValues = "null", value = {
            "odin-202, EXTENSION, 202, null",
            "loja.sul-1004, EXTENSION, 1004, null",
            "'47997008385 (DID: 4835124536)', EXTERNAL, 47997008385, 4835124536",
            "DID -> FILA, QUEUE, null, null",
            "011987654321, EXTERNAL, 011987654321, null",
            "'', UNKNOWN, null, null"})
    void originAndDestinationFormsAreUnderstood(String raw, Party.Kind kind, String number, String did) {
        Party p = Party.parse(raw);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.number()).isEqualTo(number);
        assertThat(p.did()).isEqualTo(did);
    }

    @Test
    void olderServerFieldsAreUsedWhenNewerOnesAreMissing() throws Exception {
        HistoryRecord r = MAPPER.readValue("{\"cdr_id\":99,\"data\":\"01/02/2026 09:00:00\",\"origem\":\"4833334444\","
                + "\"destino\":\"odin-202\",\"status\":\"\",\"status_descricao\":\"ATENDIDA\",\"duracao_chamada\":\"95\","
                + "\"motivo_desligamento\":\"Cliente desligou\"}", HistoryRecord.class);
        Call c = mapper.toCall(r);
        assertThat(c.externalCallId()).isEqualTo("99");
        assertThat(c.duration()).isEqualTo(Duration.ofSeconds(95));
        assertThat(c.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(c.hangupReason()).isEqualTo("Cliente desligou");
        assertThat(c.direction()).isEqualTo(Direction.INBOUND);
    }
}
