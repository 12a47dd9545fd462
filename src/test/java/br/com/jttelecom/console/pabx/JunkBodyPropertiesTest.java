package br.com.jttelecom.console.pabx;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.pabx.wire.CampaignRecord;
import br.com.jttelecom.console.pabx.wire.DidRecord;
import br.com.jttelecom.console.pabx.wire.Envelope;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.pabx.wire.NamedRecord;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.pabx.wire.PersonRecord;
import br.com.jttelecom.console.pabx.wire.WireJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the PBX answers, the client yields a valid result or a typed PabxException — nothing else. */
class JunkBodyPropertiesTest {

    private static final ObjectMapper MAPPER = WireJson.newMapper();
    private static final ResponseReader READER = new ResponseReader(MAPPER, Clock.systemUTC());
    private static final HistoryMapper HISTORY = new HistoryMapper();
    private static final List<Class<?>> TYPES = List.of(HistoryRecord.class, ExtensionRecord.class, DidRecord.class,
            OnlineCallRecord.class, PersonRecord.class, CampaignRecord.class, NamedRecord.class, Object.class);
    private static final int[] STATUSES = {200, 201, 204, 301, 400, 401, 403, 404, 405, 429, 500, 502, 503};

    private static final List<String> KEYS = List.of("http_response_code", "mensagem", "dados", "qtd_total_resultados",
            "qtd_resultados_retornados", "id", "chamada_id", "cdr_id", "data", "origem", "destino", "status",
            "status_descricao", "duracao", "duracao_real", "duracao_chamada", "tempo_espera_total_filas",
            "tempo_operador_total_filas", "sip_code", "link_gravacao", "motivo_deligamento", "transcricao", "ramal_id",
            "senha_sip", "gravar_chamadas", "encaminhar_todas_chamadas", "encaminhamento_destino", "did_id",
            "horario_funcionamento_dias_semana", "maximo_chamadas_simultaneas", "operador_id", "tronco_id", "nome", "x");

    @Property(tries = 400)
    void randomJsonGivesAResultOrATypedError(@ForAll("json") String body, @ForAll @IntRange(min = 0, max = 12) int s,
                                             @ForAll @IntRange(min = 0, max = 7) int t, @ForAll boolean list) {
        exercise(body.getBytes(StandardCharsets.UTF_8), STATUSES[s], TYPES.get(t), list);
    }

    @Property(tries = 300)
    void envelopesWithRandomRecordsGiveAResultOrATypedError(@ForAll("envelope") String body,
                                                            @ForAll @IntRange(min = 0, max = 7) int t) {
        exercise(body.getBytes(StandardCharsets.UTF_8), 200, TYPES.get(t), true);
    }

    @Property(tries = 300)
    void junkTextGivesATypedError(@ForAll String junk, @ForAll @IntRange(min = 0, max = 12) int s) {
        exercise(junk.getBytes(StandardCharsets.UTF_8), STATUSES[s], HistoryRecord.class, true);
    }

    @Property(tries = 200)
    void junkBytesGiveATypedError(@ForAll byte[] junk, @ForAll @IntRange(min = 0, max = 12) int s,
                                  @ForAll @IntRange(min = 0, max = 7) int t) {
        exercise(junk, STATUSES[s], TYPES.get(t), true);
    }

    private static void exercise(byte[] body, int status, Class<?> type, boolean list) {
        try {
            Envelope<?> env = READER.read(PabxAction.LISTAR_HISTORICO_CHAMADA, status, null, null, body,
                    MAPPER.getTypeFactory().constructParametricType(Envelope.class, type), list);
            assertThat(env).isNotNull();
            for (Object r : env.records()) {
                if (r instanceof HistoryRecord h) {
                    assertThat(HISTORY.toCall(h).status()).isNotNull();
                } else if (r instanceof ExtensionRecord e) {
                    DirectoryMapper.toExtension(e);
                } else if (r instanceof DidRecord d) {
                    DirectoryMapper.toDid(d);
                } else if (r instanceof PersonRecord p) {
                    DirectoryMapper.toOperator(p);
                }
            }
            env.code();
            env.total();
        } catch (PabxException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotStartWith("pabx.");
        }
    }

    @Provide
    Arbitrary<String> json() {
        return value(3);
    }

    @Provide
    Arbitrary<String> envelope() {
        Arbitrary<String> records = object(2).list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
        return Arbitraries.oneOf(records, value(2)).map(d -> "{\"http_response_code\":200,\"dados\":" + d + "}");
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.just("null"), Arbitraries.of("true", "false"),
                Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf), Arbitraries.of("1e400", "-0", "99999999999999999999999"),
                Arbitraries.strings().ofMaxLength(30).map(JunkBodyPropertiesTest::quote),
                Arbitraries.of("21/08/2026 13:28:27", "00:00:58,412", "odin-202", "47997008385 (DID: 4835124536)",
                        "DID -> FILA", "200", "486", "", "31/02/2026 99:99:99", "::").map(JunkBodyPropertiesTest::quote));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, scalar),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> object(depth - 1))),
                net.jqwik.api.Tuple.of(2, Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4)
                        .map(l -> "[" + String.join(",", l) + "]")));
    }

    private static Arbitrary<String> object(int depth) {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().alpha().ofMaxLength(8));
        Arbitrary<String> entry = net.jqwik.api.Combinators.combine(key, value(depth))
                .as((k, v) -> quote(k) + ":" + v);
        return entry.list().ofMaxSize(8).map(l -> l.stream().collect(Collectors.joining(",", "{", "}")));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
