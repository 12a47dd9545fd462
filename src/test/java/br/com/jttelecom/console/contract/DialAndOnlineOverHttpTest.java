package br.com.jttelecom.console.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.HistoryQuery;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxRejected;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.pabx.wire.WriteAnswer;
import br.com.jttelecom.console.sim.CallTiming;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Click-to-call, campaign dialling, the online list and "nothing found" answers through the client. */
class DialAndOnlineOverHttpTest {

    private final ManualClock clock = SimClock.manual(Instant.parse("2026-08-21T16:00:00Z"));
    private PbxSimulator sim;
    private PabxClient client;

    private void start(AuthMode mode, int emptyStatus) {
        sim = ContractSupport.simBuilder().clock(clock).emptyResultsStatus(emptyStatus)
                .callTiming(CallTiming.defaults().withTalk(Duration.ofSeconds(60))).build().start(0);
        client = ContractSupport.client(sim, mode);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void aDialAnswersItsCallIdAndTheCallIsThenOnline(AuthMode mode) {
        start(mode, 404);
        WriteAnswer answer = client.dial("acme-201", "011987654321", Map.of("lead", "42"));

        assertThat(answer.hasCallId()).isTrue();
        assertThat(answer.mensagem()).isNotBlank();
        assertThat(sim.requests()).filteredOn(r -> "discar_numero".equals(r.action())).singleElement()
                .satisfies(r -> assertThat(r.params().path("dados").path("numero_ramal_origem").isNumber()).isTrue());
        OnlineCallRecord live = client.onlineCalls().stream()
                .filter(c -> answer.chamadaId().equals(c.chamadaId())).findFirst().orElseThrow();
        assertThat(live.origem()).isEqualTo("acme-201");
        assertThat(live.destino()).isEqualTo("011987654321");
        assertThat(live.ramal()).isEqualTo("201");
        assertThat(live.operador()).isEqualTo("Mariana Costa");
        assertThat(live.data()).isEqualTo("21/08/2026 13:00:00");
        assertThat(live.elapsed()).isEqualTo("00:00:00");
        assertThat(live.state()).isEqualTo("chamando_ramal");

        clock.advance(Duration.ofSeconds(4));
        assertThat(client.onlineCalls()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo("chamando");
            assertThat(c.elapsed()).isEqualTo("00:00:04");
        });
        clock.advance(Duration.ofSeconds(6));
        assertThat(client.onlineCalls()).singleElement().extracting(OnlineCallRecord::state).isEqualTo("em_conversa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5511987654321", "5511987654321"})
    void aNumberWithTheCountryCodeIsRefusedWithThePbxMessage(String number) {
        start(AuthMode.HEADERS, 404);
        assertThatThrownBy(() -> client.dial("201", number, Map.of()))
                .isInstanceOfSatisfying(PabxRejected.class, e -> {
                    assertThat(e.pbxMessage()).isEqualTo("Serviço indisponível");
                    assertThat(e.click2CallNotContracted()).isFalse();
                });
        assertThat(client.onlineCalls()).isEmpty();
        assertThat(sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void anAccountWithoutClick2CallIsRefusedSayingSo(AuthMode mode) {
        sim = ContractSupport.simBuilder().clock(clock).clickToCall(false).build().start(0);
        client = ContractSupport.client(sim, mode);
        assertThatThrownBy(() -> client.dial("201", "011987654321", Map.of()))
                .isInstanceOfSatisfying(PabxRejected.class, e -> assertThat(e.click2CallNotContracted()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void aCampaignDialFromALoggedInOperatorIsOnline(AuthMode mode) {
        start(mode, 404);
        client.loginOperator("2");
        WriteAnswer answer = client.dialCampaign("2", "04832221234", "1", Map.of("lead", "7"));

        assertThat(answer.hasCallId()).isTrue();
        assertThat(client.onlineCalls()).singleElement().satisfies(c -> {
            assertThat(c.chamadaId()).isEqualTo(answer.chamadaId());
            assertThat(c.origem()).isEqualTo("acme-202");
            assertThat(c.operador()).isEqualTo("Rafael Lima");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 200})
    void nothingFoundIsAnEmptyListWhateverTheHttpStatus(int emptyStatus) {
        start(AuthMode.HEADERS, emptyStatus);
        assertThat(client.onlineCalls()).isEmpty();
        assertThat(client.history(HistoryQuery.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).toList())
                .isEmpty();
        assertThat(client.listExtensions("999", null, null)).isEmpty();
        assertThat(client.listPeople("99")).isEmpty();
        assertThat(sim.requestCount("listar_chamadas_online")).isEqualTo(1);
    }
}
