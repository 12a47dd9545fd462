package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.app.wiring.AdminServices;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.connection.Diagnostics;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import br.com.jttelecom.console.ui.diagnostics.DiagnosticsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Diagnóstico" page's figures on a demo console: shown to a supervisor, refused to an agent. */
class DiagnosticsWindowTest {

    @TempDir
    Path dataDir;

    @Test
    void aSupervisorSeesThePbxFiguresAndAnAgentIsRefused() throws Exception {
        LaunchOptions options = new CommandLine(Messages.portuguese())
                .parse(new String[]{"--demo", "--data-dir", dataDir.toString()});
        SettingsFile settings = SettingsFile.open(dataDir);
        try (ConsoleRuntime runtime = ConsoleRuntime.start(new ConfigLoader(Map.of(), dataDir).load(options, settings),
                settings, Clock.systemUTC())) {
            AdminServices admin = new AdminServices(runtime);
            runtime.connectionMonitor().checkNow().join();
            Diagnostics diagnostics = new Diagnostics(admin.session(), runtime.pabxClient(),
                    runtime.connectionMonitor(), runtime.historySync(), () -> 0);
            DiagnosticsViewModel model = new DiagnosticsViewModel(diagnostics, new InlineTaskRunner(),
                    runtime.messages(), ZoneId.of("America/Sao_Paulo"));

            admin.accounts().signIn("supervisor", "supervisor123".toCharArray());
            model.refresh();
            assertThat(model.problemProperty().get()).isEmpty();
            assertThat(model.pbxProperty().get()).startsWith("simulador (demonstração)");
            assertThat(model.circuitProperty().get()).isEqualTo("fechado (normal)");
            assertThat(model.callsInProgressProperty().get()).isEqualTo("0");
            assertThat(model.actions()).isNotEmpty();

            admin.accounts().signOut();
            admin.accounts().signIn("agente", "agente123".toCharArray());
            model.refresh();
            assertThat(model.problemProperty().get()).contains("não permite ver o diagnóstico");
        }
    }
}
