package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.wire.Envelope;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.pabx.wire.WireJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WireToleranceTest {

    private static final ObjectMapper MAPPER = WireJson.newMapper();

    @Test
    void numbersAndStringsAreBothReadAsText() throws Exception {
        HistoryRecord r = MAPPER.readValue("{\"chamada_id\":1787312345.4821,\"sip_code\":487,\"status\":true}",
                HistoryRecord.class);
        assertThat(r.sipCode()).isEqualTo("487");
        assertThat(r.status()).isEqualTo("true");
        assertThat(r.chamadaId()).startsWith("1787312345.48");
    }

    @Test
    void recordingLinkListYieldsTheFirstNonEmptyEntry() throws Exception {
        HistoryRecord r = MAPPER.readValue("{\"link_gravacao\":[\"\", null, \"https://x/a.wav\", \"https://x/b.wav\"]}",
                HistoryRecord.class);
        assertThat(r.linkGravacao()).isEqualTo("https://x/a.wav");
        assertThat(MAPPER.readValue("{\"link_gravacao\":[]}", HistoryRecord.class).linkGravacao()).isNull();
    }

    @Test
    void bothSpellingsOfHangupReasonAreRead() throws Exception {
        assertThat(MAPPER.readValue("{\"motivo_deligamento\":\"A\"}", HistoryRecord.class).hangupReason()).isEqualTo("A");
        assertThat(MAPPER.readValue("{\"motivo_desligamento\":\"B\"}", HistoryRecord.class).hangupReason()).isEqualTo("B");
    }

    @Test
    void unknownFieldsAndObjectsWhereTextWasExpectedAreIgnored() throws Exception {
        HistoryRecord r = MAPPER.readValue("{\"novo_campo\":{\"a\":[1,2]},\"origem\":{\"x\":1},\"destino\":\"odin-1\"}",
                HistoryRecord.class);
        assertThat(r.origem()).isNull();
        assertThat(r.destino()).isEqualTo("odin-1");
    }

    @Test
    void envelopeCodeMayBeAStringAndDadosASingleObject() throws Exception {
        var type = MAPPER.getTypeFactory().constructParametricType(Envelope.class, ExtensionRecord.class);
        Envelope<ExtensionRecord> e = MAPPER.readValue(
                "{\"http_response_code\":\"200\",\"qtd_total_resultados\":\"1\",\"dados\":{\"ramal_id\":\"3\"}}", type);
        assertThat(e.code()).isEqualTo(200);
        assertThat(e.total()).isEqualTo(1);
        assertThat(e.records()).singleElement().satisfies(x -> assertThat(x.ramalId()).isEqualTo("3"));
    }

    @Test
    void forwardingDestinationAsPlainStringBecomesAList() throws Exception {
        ExtensionRecord r = MAPPER.readValue("{\"encaminhar_todas_chamadas\":{\"encaminhamento_tipo\":1,"
                + "\"encaminhamento_destino\":\"203\"}}", ExtensionRecord.class);
        assertThat(r.encaminharTodasChamadas().encaminhamentoDestino()).containsExactly("203");
        assertThat(r.encaminharTodasChamadas().encaminhamentoTipo()).isEqualTo("1");
    }
}
