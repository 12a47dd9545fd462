package br.com.jttelecom.console.app;

import br.com.jttelecom.console.api.ApiServer;
import br.com.jttelecom.console.app.config.ConfigLoader;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.app.launch.CommandLine;
import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.app.wiring.ApiComposition;
import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.app.wiring.AdminServices;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.SettingsFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The headless console as {@code --headless --demo} builds it (runtime, admin, API on a free loopback port,
 * embedded simulator), opened from outside this package for the load benchmark.
 */
public final class LoadTarget implements AutoCloseable {

    private final ConsoleRuntime runtime;
    private final AdminServices admin;
    private final ApiServer server;

    public LoadTarget(Path dataDir) throws UsageException {
        LaunchOptions options = new CommandLine(Messages.portuguese())
                .parse("--headless", "--demo", "--data-dir", dataDir.toString());
        SettingsFile settings = SettingsFile.open(dataDir);
        this.runtime = ConsoleRuntime.start(new ConfigLoader(Map.of(), dataDir).load(options, settings), settings,
                Clock.systemUTC());
        this.admin = new AdminServices(runtime);
        this.server = ApiComposition.start(runtime, admin, 0);
    }

    public ConsoleRuntime runtime() {
        return runtime;
    }

    public PbxSimulator simulator() {
        return runtime.simulator().orElseThrow();
    }

    public String apiBase() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The demo account's password for {@code login} (agente, supervisor, admin). */
    public static String password(String login) {
        return ApiFixture.PASSWORDS.get(login);
    }

    @Override
    public void close() {
        server.close();
        runtime.close();
    }
}
