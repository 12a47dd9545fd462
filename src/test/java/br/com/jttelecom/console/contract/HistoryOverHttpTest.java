package br.com.jttelecom.console.contract;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.sim.PbxSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code listar_historico_chamada} through the client: paging, windows, filters and the mapping to {@link Call}. */
class HistoryOverHttpTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    private static final LocalDate JULY_31 = LocalDate.of(2026, 7, 31);
    private static final HistoryQuery JULY = HistoryQuery.between(JULY_1, JULY_31);

    private static PbxSimulator sim;
    private static PabxClient client;
    private static List<HistoryRecord> july;

    @BeforeAll
    static void seedFiveThousandRecords() {
        sim = ContractSupport.simBuilder().build().start(0);
        sim.seedHistory(5_000, JULY_1.atStartOfDay(SAO_PAULO).toInstant(),
                JULY_31.plusDays(1).atStartOfDay(SAO_PAULO).toInstant());
        client = ContractSupport.client(sim, AuthMode.HEADERS);
        july = client.history(JULY).toList();
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    @Test
    void pagingAcrossThousandRecordPagesReturnsEveryRecordOnceInOrder() {
        assertThat(sim.historySize()).isEqualTo(5_000);
        assertThat(july).hasSize(5_000);
        assertThat(new HashSet<>(july.stream().map(HistoryRecord::chamadaId).toList())).hasSize(5_000);
        assertThat(july.stream().map(r -> start(r.data())).toList()).isSorted();
        assertThat(sim.requests()).filteredOn(r -> "listar_historico_chamada".equals(r.action()))
                .allSatisfy(r -> assertThat(r.param("quantidade")).isEqualTo("1000"));
    }

    @Test
    void aPeriodOverTwoMonthsIsSplitIntoWindowsAndStillReturnsEveryRecordOnce() {
        try (PbxSimulator wide = ContractSupport.simBuilder().build().start(0);
             PabxClient c = ContractSupport.client(wide, AuthMode.LEGACY_API_PHP)) {
            LocalDate from = LocalDate.of(2026, 2, 1);
            LocalDate to = LocalDate.of(2026, 7, 31);
            wide.seedHistory(3_000, from.atStartOfDay(SAO_PAULO).toInstant(),
                    to.plusDays(1).atStartOfDay(SAO_PAULO).toInstant());

            List<HistoryRecord> all = c.history(HistoryQuery.between(from, to)).toList();

            assertThat(all).hasSize(3_000);
            assertThat(new HashSet<>(all.stream().map(HistoryRecord::chamadaId).toList())).hasSize(3_000);
            assertThat(all.stream().map(r -> start(r.data())).toList()).isSorted();
            assertThat(wide.requests()).filteredOn(r -> "listar_historico_chamada".equals(r.action()))
                    .extracting(r -> r.param("data_inicial")).contains("01/02/2026", "01/04/2026", "01/06/2026");
        }
    }

    @Test
    void aCallIdFilterReturnsThatOneCall() {
        HistoryRecord picked = july.get(2_345);
        assertThat(client.history(JULY.withCallId(picked.chamadaId())).toList())
                .singleElement().isEqualTo(picked);
    }

    @Test
    void anExtensionFilterNarrowsToThatExtensionsCalls() {
        List<HistoryRecord> fromExt = client.history(JULY.withExtensions("201", null)).toList();
        long expected = july.stream().filter(r -> "acme-201".equals(r.origem())).count();
        assertThat(fromExt).isNotEmpty().hasSize((int) expected)
                .allSatisfy(r -> assertThat(r.origem()).isEqualTo("acme-201"));
    }

    @Test
    void aNumberFilterNarrowsToCallsWithThatNumber() {
        String number = july.stream().filter(r -> r.origem().startsWith("acme-")).findFirst().orElseThrow().destino();
        List<HistoryRecord> toNumber = client.history(JULY.withNumbers(null, number)).toList();
        assertThat(toNumber).isNotEmpty().hasSizeLessThan(july.size())
                .allSatisfy(r -> assertThat(r.destino()).isEqualTo(number));
    }

    @ParameterizedTest
    @EnumSource(value = CallStatus.class, names = {"COMPLETED", "MISSED", "FAILED", "BUSY"})
    void aStatusFilterReturnsExactlyTheCallsOfThatStatus(CallStatus status) {
        String code = Map.of(CallStatus.COMPLETED, "1", CallStatus.MISSED, "0", CallStatus.FAILED, "2",
                CallStatus.BUSY, "486").get(status);
        List<HistoryRecord> filtered = client.history(JULY.withStatusFilters(code, null)).toList();
        assertThat(filtered).isNotEmpty()
                .hasSize((int) july.stream().filter(r -> code.equals(r.status())).count())
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(code));
        HistoryMapper mapper = new HistoryMapper();
        assertThat(filtered).allSatisfy(r -> assertThat(mapper.toCall(r).status()).isEqualTo(status));
    }

    @Test
    void everyRecordMapsToAValidCall() {
        HistoryMapper mapper = new HistoryMapper();
        for (HistoryRecord r : july) {
            Call c = mapper.toCall(r);
            assertThat(c.externalCallId()).isEqualTo(r.chamadaId());
            assertThat(c.startTime()).isEqualTo(start(r.data()));
            assertThat(c.duration()).isNotNull();
            assertThat(c.duration().isNegative()).isFalse();
            assertThat(c.endTime()).isEqualTo(c.startTime().plus(c.duration()));
            assertThat(c.talkTime()).isNotNull().isLessThanOrEqualTo(c.duration());
            assertThat(c.waitTime()).isNotNull();
            assertThat(c.waitTime().isNegative()).isFalse();
            assertThat(c.direction()).isNotNull();
            assertThat(c.status()).isNotNull();
            assertThat(c.rawStatus()).as("unmapped status of %s", r).isNull();
            assertThat(c.phoneNumber()).as("number of %s", r).isNotBlank().matches("\\d{8,12}");
            if (r.sipCode() == null || r.sipCode().isBlank()) {
                assertThat(c.sipCode()).isNull();
            } else {
                assertThat(c.sipCode()).isEqualTo(Integer.valueOf(r.sipCode()));
            }
            if (c.recordingUrl() != null) {
                assertThat(c.recordingUrl()).startsWith(sim.rootUrl()).endsWith(r.chamadaId() + ".wav");
            }
        }
        List<Call> calls = client.historyCalls(JULY).toList();
        assertThat(calls).hasSize(july.size());
        assertThat(calls.stream().map(Call::direction).collect(Collectors.toSet()))
                .contains(Direction.INBOUND, Direction.OUTBOUND);
        assertThat(calls.stream().map(Call::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CallStatus.COMPLETED, CallStatus.MISSED, CallStatus.FAILED, CallStatus.BUSY);
    }

    @Test
    void theSimulatorsQuirksAreAllReadCorrectly() {
        HistoryMapper mapper = new HistoryMapper();
        List<HistoryRecord> inbound = july.stream().filter(r -> r.origem().contains("(DID: ")).toList();
        assertThat(inbound).isNotEmpty().allSatisfy(r -> {
            Call c = mapper.toCall(r);
            assertThat(c.direction()).isEqualTo(Direction.INBOUND);
            assertThat(r.origem()).startsWith(c.phoneNumber() + " (DID: ");
        });
        List<HistoryRecord> abandoned = july.stream().filter(r -> "DID -> FILA".equals(r.destino())).toList();
        assertThat(abandoned).isNotEmpty().allSatisfy(r -> {
            Call c = mapper.toCall(r);
            assertThat(c.status()).isEqualTo(CallStatus.MISSED);
            assertThat(c.extension()).isNull();
            assertThat(c.sipCode()).isNull();
        });
        // Both queue-wait spellings (seconds, HH:MM:SS) are read by the mapper's table test; here every record has
        // its talk, so the wait is the total beyond the talk (a queue wait of 0 said nothing of the ringing).
        assertThat(inbound.stream().filter(r -> r.tempoEsperaTotalFilas().matches("\\d+")).toList()).isNotEmpty();
        assertThat(inbound.stream().filter(r -> r.tempoEsperaTotalFilas().contains(":")).toList()).isNotEmpty();
        assertThat(july).allSatisfy(r -> {
            Call c = mapper.toCall(r);
            Duration beyond = c.duration().minus(c.talkTime());
            assertThat(c.waitTime()).isEqualTo(beyond.isNegative() ? Duration.ZERO : beyond);
        });
        // A started second of duracao_real counts, as in the PBX's duracao: 00:00:58,412 talks 59 s, 00:00:58,000 58 s.
        assertThat(july).filteredOn(r -> r.duracaoReal().contains(","))
                .isNotEmpty().allSatisfy(r -> {
                    int comma = r.duracaoReal().indexOf(',');
                    long whole = java.time.LocalTime.parse(r.duracaoReal().substring(0, comma)).toSecondOfDay();
                    boolean fraction = Integer.parseInt(r.duracaoReal().substring(comma + 1)) > 0;
                    assertThat(mapper.toCall(r).talkTime()).isEqualTo(Duration.ofSeconds(whole + (fraction ? 1 : 0)));
                });
        assertThat(july).filteredOn(r -> r.origem().startsWith("acme-")).isNotEmpty()
                .allSatisfy(r -> assertThat(mapper.toCall(r).extension()).isEqualTo(r.origem().substring(5)));
    }

    @Test
    void linkGravacaoAsAListOrAStringGivesTheRecordingUrlAndTheRawAnswerHasBothShapes() {
        List<String> raw = RawHistory.linkShapes(sim, JULY_1);
        assertThat(raw).contains("array", "string", "sip-number", "sip-text");
        assertThat(july.stream().filter(r -> r.linkGravacao() != null && !r.linkGravacao().isBlank()).count())
                .isGreaterThan(1_000);
    }

    private static Instant start(String data) {
        return LocalDateTime.parse(data, DATA).atZone(SAO_PAULO).toInstant();
    }
}
