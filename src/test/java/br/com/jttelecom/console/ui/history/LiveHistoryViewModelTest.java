package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.PbxLiveHistory;
import br.com.jttelecom.console.service.history.PeriodPreset;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** "Direto do PABX" against the real client and simulator. */
class LiveHistoryViewModelTest {

    PbxSimulator sim;
    PabxClient client;
    HistoryFilter filter = new HistoryFilter(PeriodPreset.LAST_7_DAYS, null, null, Set.of(), Set.of(), null, null, null,
            null, null, null);

    @BeforeEach
    void start() {
        sim = PbxSimulator.builder().user("demo").token("t").seed(9L).build();
        sim.start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "demo", "t").withRetry(1, Duration.ofMillis(1)));
        Instant now = Instant.now();
        sim.seedHistory(250, now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(2)), 5L);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    LiveHistoryViewModel viewModel(Optional<PabxClient> pbx) {
        Messages messages = Messages.portuguese();
        return new LiveHistoryViewModel(messages, new PbxLiveHistory(() -> pbx, Clock.systemUTC(), ZoneOffset.UTC),
                () -> filter, new CallTexts(messages, new PhoneNumbers(DialPlan.defaults()), ZoneOffset.UTC, Clock.systemUTC()),
                new InlineTaskRunner());
    }

    @Test
    void pagesThroughThePbxsOwnAnswerAndBackWithoutAskingAgain() {
        LiveHistoryViewModel vm = viewModel(Optional.of(client));
        vm.search();
        int rows = 0;
        int pages = 0;
        while (true) {
            pages++;
            rows += vm.rows().size();
            if (!vm.hasNextProperty().get()) {
                break;
            }
            vm.nextPage();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(rows).isEqualTo(250);
        assertThat(vm.summaryProperty().get()).isEqualTo("250 registros no PABX · página 3");
        long requests = sim.requestCount("listar_historico_chamada");

        vm.previousPage();

        assertThat(vm.summaryProperty().get()).isEqualTo("250 registros no PABX · página 2");
        assertThat(sim.requestCount("listar_historico_chamada")).isEqualTo(requests);
    }

    @Test
    void theStatusFilterAppliesToThePbxsAnswerToo() {
        filter = new HistoryFilter(PeriodPreset.LAST_7_DAYS, null, null, Set.of(CallStatus.MISSED), Set.of(), null, null,
                null, null, null, null);
        LiveHistoryViewModel vm = viewModel(Optional.of(client));

        vm.search();

        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(CallStatus.MISSED));
    }

    @Test
    void aPbxErrorIsShownAsItsPortugueseSentence() {
        sim.faults().httpError(502);
        LiveHistoryViewModel vm = viewModel(Optional.of(client));

        vm.search();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(vm.inProgressMessageProperty().get()).isEqualTo(vm.messageProperty().get());
    }

    @Test
    void withoutAConfiguredPbxItPointsToTheConnectionPage() {
        LiveHistoryViewModel vm = viewModel(Optional.empty());

        vm.search();

        assertThat(vm.messageProperty().get()).isEqualTo("O PABX não está configurado. Veja a página Conexão.");
    }

    @Test
    void noCallsInProgressSaysSo() {
        LiveHistoryViewModel vm = viewModel(Optional.of(client));

        vm.refreshCallsInProgress();

        assertThat(vm.inProgress()).isEmpty();
        assertThat(vm.inProgressMessageProperty().get()).isEqualTo("Nenhuma chamada em andamento agora.");
    }
}
