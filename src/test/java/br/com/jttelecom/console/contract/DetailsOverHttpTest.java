package br.com.jttelecom.console.contract;

import br.com.jttelecom.console.pabx.FakeTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.HistoryMapper;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxAuthFailed;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxRejected;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.Forwarding;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.sim.PbxSimulator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The finer points: full extension payloads, time/operator/AI history options, refusals, auth in both styles. */
class DetailsOverHttpTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final LocalDate DAY = LocalDate.of(2026, 8, 3);

    private PbxSimulator sim;
    private PabxClient client;
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void start() {
        sim = ContractSupport.simBuilder().build().start(0);
        sim.seedHistory(600, DAY.atStartOfDay(SAO_PAULO).toInstant(), DAY.plusDays(1).atStartOfDay(SAO_PAULO).toInstant());
        client = new PabxClient(ContractSupport.settings(sim, AuthMode.HEADERS), time, time);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @Test
    void flagsAsIntegersAndForwardingObjectsComeBackAsTheListShowsThem() {
        ExtensionData full = new ExtensionData(null, "1", "Supervisão", "310", "S3nha!forte", "4835124536", "2", "7",
                "2", "11", 1, 1, 0, 1, 0, 1, 0, 1, "sup@acme.com.br",
                new Forwarding(Forwarding.EXTERNAL, List.of("011987654321"), List.of()),
                Forwarding.none(), new Forwarding(Forwarding.VOICEMAIL, List.of(), List.of()));
        String id = client.insertExtension(full);
        ExtensionRecord r = client.listExtensions(id, null, null).getFirst();
        assertThat(r.puxarChamadas()).isEqualTo("1");
        assertThat(r.habilitarBlf()).isEqualTo("0");
        assertThat(r.gravarChamadas()).isEqualTo("0");
        assertThat(r.bloquearRamal()).isEqualTo("1");
        assertThat(r.callerIdExterno()).isEqualTo("4835124536");
        assertThat(r.codigoArea()).isEqualTo("11");
        assertThat(r.centroCusto()).isEqualTo("7");
        assertThat(r.encaminharTodasChamadas().encaminhamentoTipo()).isEqualTo(Forwarding.EXTERNAL);
        assertThat(r.encaminharTodasChamadas().encaminhamentoDestino()).containsExactly("011987654321");
        assertThat(r.encaminharOcupadoIndisponivel().encaminhamentoTipo()).isEqualTo(Forwarding.VOICEMAIL);
        assertThat(sim.requests()).filteredOn(q -> "inserir_ramal".equals(q.action())).singleElement()
                .satisfies(q -> assertThat(q.params().toString()).doesNotContain("S3nha!forte"));
    }

    @Test
    void aDuplicateExtensionIsRefusedWithASentenceNamingTheField() {
        assertThatThrownBy(() -> client.insertExtension(ExtensionData.basic("1", "Outro", "201", "x")))
                .isInstanceOfSatisfying(PabxRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.pbxMessage()).contains("numero");
                });
    }

    @Test
    void aTimeWindowNarrowsTheDayToThoseHours() {
        List<HistoryRecord> all = client.history(HistoryQuery.between(DAY, DAY)).toList();
        List<HistoryRecord> morning = client.history(HistoryQuery.between(DAY, DAY)
                .withTimes(LocalTime.of(9, 0), LocalTime.of(11, 59))).toList();
        HistoryMapper mapper = new HistoryMapper();
        assertThat(morning).isNotEmpty().hasSizeLessThan(all.size()).allSatisfy(r -> {
            LocalTime t = mapper.toCall(r).startTime().atZone(SAO_PAULO).toLocalTime();
            assertThat(t).isBetween(LocalTime.of(9, 0), LocalTime.of(11, 59, 59));
        });
        assertThat(morning).hasSize((int) all.stream().map(r -> mapper.toCall(r).startTime().atZone(SAO_PAULO)
                .toLocalTime()).filter(t -> !t.isBefore(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(12, 0))).count());
    }

    @Test
    void anOperatorFilterReturnsOnlyThatOperatorsCalls() {
        List<HistoryRecord> mariana = client.history(HistoryQuery.between(DAY, DAY).withOperatorId("1")).toList();
        assertThat(mariana).isNotEmpty().allSatisfy(r -> assertThat(r.operador()).isEqualTo("Mariana Costa"));
    }

    @Test
    void transcriptAndSummaryComeOnlyWhenAskedFor() {
        HistoryQuery day = HistoryQuery.between(DAY, DAY).withStatusFilters("1", null);
        assertThat(client.history(day).toList()).allSatisfy(r -> assertThat(r.transcricao()).isNull());
        HistoryMapper mapper = new HistoryMapper();
        assertThat(client.history(day.withAi(true, true)).toList()).isNotEmpty().allSatisfy(r -> {
            assertThat(mapper.toCall(r).transcript()).isNotBlank();
            assertThat(mapper.toCall(r).summary()).isNotBlank();
        });
    }

    @Test
    void aRateLimitWithoutRetryAfterWaitsTheDefaultSecond() {
        sim.faults().add(Fault.rateLimited(null).times(1));
        assertThat(client.listDids()).hasSize(1);
        assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(sim.requestCount("listar_dids")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void revokedCredentialsFailBothAuthStylesAfterTheGivenRequests(AuthMode mode) {
        try (PabxClient c = ContractSupport.client(sim, mode)) {
            sim.faults().authRevokedAfter(1);
            c.listPeople(null);
            assertThatThrownBy(() -> c.loginOperator("1")).isInstanceOfSatisfying(PabxAuthFailed.class,
                    e -> assertThat(e.pbxMessage()).isEqualTo("Dados de autenticação inválidos"));
        }
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void aWrongUserIsAnAuthFailureToo(AuthMode mode) {
        PabxSettings s = ContractSupport.settings(sim, mode);
        try (PabxClient c = new PabxClient(PabxSettings.of(s.baseUrl(), "outro@acme.com.br", ContractSupport.TOKEN)
                .withAuthMode(mode))) {
            assertThatThrownBy(c::listDids).isInstanceOf(PabxAuthFailed.class);
            assertThat(c.testConnection().ok()).isFalse();
        }
    }
}
