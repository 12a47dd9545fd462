package br.com.jttelecom.console.ui.shell;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.connection.PabxConnectionProbe;
import br.com.jttelecom.console.service.connection.ConnectionMonitor;
import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.settings.Preferences;
import br.com.jttelecom.console.service.settings.Theme;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MainWindowViewModelTest {

    @TempDir
    Path dataDir;

    private PbxSimulator sim;
    private PabxClient client;
    private ConnectionMonitor monitor;

    @BeforeEach
    void start() {
        sim = PbxSimulator.builder().user("demo").token("t").seed(3L).build();
        sim.start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "demo", "t").withRetry(1, Duration.ofMillis(1)));
        monitor = new ConnectionMonitor(new PabxConnectionProbe(client), true, Clock.systemUTC(), Runnable::run);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private MainWindowViewModel viewModel(Messages messages, boolean demo) {
        return new MainWindowViewModel(messages, new Preferences(SettingsFile.open(dataDir)), monitor,
                new InlineTaskRunner(), demo, "demo");
    }

    @Test
    void titleSaysDemoModeOnlyInDemoMode() {
        assertThat(viewModel(Messages.portuguese(), true).titleProperty().get()).isEqualTo("JT Console — modo demonstração");
        assertThat(viewModel(Messages.portuguese(), false).titleProperty().get()).isEqualTo("JT Console");
        assertThat(viewModel(new Messages(Locale.ENGLISH), true).titleProperty().get()).isEqualTo("JT Console — demo mode");
    }

    @Test
    void statusBarFollowsTheConnectionChecks() throws Exception {
        MainWindowViewModel vm = viewModel(Messages.portuguese(), true);
        assertThat(vm.connectionTextProperty().get()).isEqualTo("Verificando o PABX…");

        monitor.checkNow().get(10, TimeUnit.SECONDS);
        assertThat(vm.connectionStateProperty().get()).isEqualTo(ConnectionState.DEMO);
        assertThat(vm.connectionTextProperty().get()).matches("Modo demonstração · \\d+ ms");

        sim.faults().connectionReset();
        monitor.checkNow().get(10, TimeUnit.SECONDS);
        assertThat(vm.connectionStateProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(vm.connectionTextProperty().get()).isEqualTo("PABX fora do ar — o histórico local continua disponível");
        assertThat(vm.pbxDownProperty().get()).as("the banner shows").isTrue();

        sim.faults().clear();
        monitor.checkNow().get(10, TimeUnit.SECONDS);
        assertThat(vm.pbxDownProperty().get()).isFalse();
    }

    @Test
    void afterDisposeTheViewModelNoLongerListens() throws Exception {
        MainWindowViewModel vm = viewModel(Messages.portuguese(), true);
        vm.dispose();
        monitor.checkNow().get(10, TimeUnit.SECONDS);
        assertThat(vm.connectionStateProperty().get()).isEqualTo(ConnectionState.CHECKING);
    }

    @Test
    void toggleThemeFlipsAndPersists() {
        MainWindowViewModel vm = viewModel(Messages.portuguese(), true);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
        vm.toggleTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(new Preferences(SettingsFile.open(dataDir)).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void operatorStateIsShownInWords() {
        MainWindowViewModel vm = viewModel(Messages.portuguese(), true);
        assertThat(vm.operatorTextProperty().get()).isEqualTo("Operador: deslogado");
        vm.setOperatorState(OperatorState.PAUSED);
        assertThat(vm.operatorTextProperty().get()).isEqualTo("Operador: pausado");
    }
}
