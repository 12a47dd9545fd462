package br.com.jttelecom.console.ui.connection;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.connection.PabxConnectionProbe;
import br.com.jttelecom.console.service.connection.ConnectionMonitor;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionViewModelTest {

    private PbxSimulator sim;
    private PabxClient client;
    private ConnectionViewModel vm;

    @BeforeEach
    void start() {
        sim = PbxSimulator.builder().user("loja").token("tok").seed(5L).build();
        sim.start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "loja", "tok").withRetry(1, Duration.ofMillis(1)));
        ConnectionMonitor monitor = new ConnectionMonitor(new PabxConnectionProbe(client), false, Clock.systemUTC(), Runnable::run);
        vm = new ConnectionViewModel(Messages.portuguese(), monitor, new InlineTaskRunner(), false, sim.baseUrl(), "loja",
                ZoneId.of("America/Sao_Paulo"));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @Test
    void showsWhichPbxBeforeAnyCheck() {
        assertThat(vm.modeProperty().get()).isEqualTo("PABX real");
        assertThat(vm.baseUrlProperty().get()).isEqualTo(sim.baseUrl());
        assertThat(vm.userProperty().get()).isEqualTo("loja");
        assertThat(vm.latencyProperty().get()).isEqualTo("—");
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void testConnectionShowsLatencyAndTime() {
        vm.testConnection();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.stateProperty().get()).startsWith("Conectado ao PABX · ");
        assertThat(vm.latencyProperty().get()).matches("\\d+ ms");
        assertThat(vm.lastCheckProperty().get()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(sim.requestCount("listar_ramais")).isEqualTo(1);
    }

    @Test
    void aFailedTestSaysWhatIsWrongInPortuguese() {
        sim.faults().httpError(503);
        vm.testConnection();
        assertThat(vm.stateProperty().get()).isEqualTo("PABX fora do ar — o histórico local continua disponível");
        assertThat(vm.problemProperty().get()).isNotBlank().doesNotContain("Exception").doesNotContain("tok");
    }
}
