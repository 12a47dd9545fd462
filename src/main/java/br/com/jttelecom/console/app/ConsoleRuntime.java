package br.com.jttelecom.console.app;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.service.ConnectionMonitor;
import br.com.jttelecom.console.service.Preferences;
import br.com.jttelecom.console.store.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The composition root: builds every long-lived object once, in dependency order, and closes
 * them in reverse. Plain constructors, no container.
 */
public final class ConsoleRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRuntime.class);
    static final Duration CONNECTION_CHECK_INTERVAL = Duration.ofSeconds(30);

    private final AppConfig config;
    private final Messages messages;
    private final SettingsFile settings;
    private final Preferences preferences;
    private final ExecutorService background;
    private final ScheduledExecutorService scheduler;
    private final Database database;
    private final PhoneNumbers phoneNumbers;
    private final PbxConnection pbx;
    private final ConnectionMonitor connectionMonitor;

    private ConsoleRuntime(AppConfig config, SettingsFile settings, Clock clock) {
        this.config = config;
        this.settings = settings;
        this.messages = Messages.forLanguage(config.lang());
        this.preferences = new Preferences(settings);
        this.background = Executors.newVirtualThreadPerTaskExecutor();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("jt-scheduler").factory());
        this.database = Database.openFolder(config.dataDir());
        this.phoneNumbers = new PhoneNumbers(DialPlan.defaults());
        this.pbx = PbxConnection.open(config, AdminSettingsReader.pins(settings), AdminSettingsReader.requestsPerSecond(settings));
        this.connectionMonitor = new ConnectionMonitor(pbx.probe(), config.demo(), clock, background);
    }

    public static ConsoleRuntime start(AppConfig config, SettingsFile settings, Clock clock) {
        LOG.info("Starting JT Console {} with {}", AppVersion.current(), config);
        ConsoleRuntime runtime = new ConsoleRuntime(config, settings, clock);
        runtime.connectionMonitor.start(runtime.scheduler, CONNECTION_CHECK_INTERVAL);
        return runtime;
    }

    public AppConfig config() {
        return config;
    }

    public Messages messages() {
        return messages;
    }

    public SettingsFile settings() {
        return settings;
    }

    public Preferences preferences() {
        return preferences;
    }

    public ExecutorService background() {
        return background;
    }

    public ConnectionMonitor connectionMonitor() {
        return connectionMonitor;
    }

    /** The local H2 database in the data folder, migrated. */
    public Database database() {
        return database;
    }

    public PhoneNumbers phoneNumbers() {
        return phoneNumbers;
    }

    /** The PBX client; empty only when the configured PBX settings were refused (see the connection page). */
    public Optional<PabxClient> pabxClient() {
        return pbx.client();
    }

    /** The embedded simulator, in demo mode only. */
    public Optional<PbxSimulator> simulator() {
        return pbx.simulator();
    }

    /** The base URL the console really talks to (the simulator's in demo mode). */
    public String pbxBaseUrl() {
        return pbx.baseUrl();
    }

    public String pbxUser() {
        return pbx.user();
    }

    @Override
    public void close() {
        connectionMonitor.close();
        scheduler.shutdownNow();
        background.shutdownNow();
        pbx.close();
        database.close();
        LOG.info("JT Console stopped");
    }
}
