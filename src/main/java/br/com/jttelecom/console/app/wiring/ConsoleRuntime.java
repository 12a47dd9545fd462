package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.app.config.AdminSettingsReader;
import br.com.jttelecom.console.app.config.AppConfig;
import br.com.jttelecom.console.app.config.AppVersion;
import br.com.jttelecom.console.app.config.DataFolders;
import br.com.jttelecom.console.app.demo.DemoSeeder;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import br.com.jttelecom.console.service.calls.DialRequests;
import br.com.jttelecom.console.service.leads.LeadImport;
import br.com.jttelecom.console.service.leads.LeadMatcher;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.service.connection.ConnectionMonitor;
import br.com.jttelecom.console.service.sync.HistorySync;
import br.com.jttelecom.console.service.sync.SyncSettings;
import br.com.jttelecom.console.service.calls.PendingDial;
import br.com.jttelecom.console.service.settings.Preferences;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.recovery.DatabaseBackups;
import br.com.jttelecom.console.store.recovery.DatabaseRecovery;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.settings.LiveSettings;
import br.com.jttelecom.console.service.accounts.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The composition root: builds every long-lived object once, in dependency order, and closes
 * them in reverse. Plain constructors, no container.
 */
public final class ConsoleRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRuntime.class);
    static final Duration CONNECTION_CHECK_INTERVAL = Duration.ofSeconds(30);
    /** A backup a day while the console runs, besides the one at every clean exit. */
    static final Duration BACKUP_INTERVAL = Duration.ofDays(1);
    /** A clean exit backs up when the newest backup is older than this. */
    static final Duration EXIT_BACKUP_AFTER = Duration.ofHours(6);

    private final AppConfig config;
    private final Messages messages;
    private final SettingsFile settings;
    private final SecretVault secrets;
    private final Session session = new Session();
    private final AuditTrail audit;
    private final Preferences preferences;
    private final ConsoleExecutors executors = new ConsoleExecutors();
    private final ExecutorService background = executors.background();
    private final ScheduledExecutorService scheduler = executors.scheduler();
    private final Database database;
    private final Clock clock;
    private final DatabaseRecovery.Opened store;
    /** What was done with a database found damaged at this start, as one sentence; empty normally. */
    private final Optional<String> recoveryNotice;
    private final PhoneNumbers phoneNumbers;
    private final PbxConnection pbx;
    private final ConnectionMonitor connectionMonitor;
    private final PendingDial pendingDial;
    private final CallServices calls;
    private final HistorySync historySync;
    private final Repositories repositories;
    private final LeadServices leads;
    private final AreaCodes areaCodes;
    private final TypedNumbers typedNumbers;

    private ConsoleRuntime(AppConfig config, SettingsFile settings, SecretVault secrets, Clock clock) {
        this.config = config;
        this.settings = settings;
        this.secrets = secrets;
        this.messages = Messages.forLanguage(config.lang());
        this.preferences = new Preferences(settings);
        DataFolders.keepPrivate(config.dataDir());
        this.clock = clock;
        this.store = DatabaseRecovery.openFolder(config.dataDir(), clock);
        this.database = store.database();
        this.repositories = Repositories.on(database, clock);
        this.recoveryNotice = store.recovery().map(r -> RecoveryNotice.sentence(r, messages));
        recoveryNotice.ifPresent(sentence -> LOG.warn("{}", sentence));
        DataFolders.keepPrivate(config.dataDir()); // the files H2 and the log have just created
        this.audit = AuditTrail.on(database.jdbi(), session, clock);
        // What Configurações saved; LiveSettingsComposition applies later saves while the console runs.
        LiveSettings live = LiveSettings.read(settings);
        this.phoneNumbers = new PhoneNumbers(live.dialPlan());
        this.pendingDial = new PendingDial(phoneNumbers, messages);
        this.pbx = PbxConnection.open(config, AdminSettingsReader.pins(settings), live.requestsPerSecond());
        this.connectionMonitor = new ConnectionMonitor(pbx.probe(), config.demo(), clock, background);
        // One listing of the extensions' DDDs for every reader of numbers: the sync refreshes it, the directory too.
        this.areaCodes = new AreaCodes(pbx.client().orElse(null), clock);
        this.typedNumbers = new TypedNumbers(phoneNumbers, session, repositories.extensionLinks(), areaCodes);
        this.historySync = pbx.client().map(c -> new HistorySync(c, database,
                live.historyTuning().applyTo(SyncSettings.defaults().withInterval(live.historySync())), clock, phoneNumbers, areaCodes)).orElse(null);
        this.calls = pbx.client().map(c -> new CallServices(repositories, c, phoneNumbers, areaCodes, messages, background,
                scheduler, clock, session, audit, live.callsPoll())).orElse(null);
        this.leads = LeadServices.on(repositories, typedNumbers, phoneNumbers, messages, session, audit);
    }

    /** Secrets in owner-only files only (no OS keyring): self-test and tests. */
    public static ConsoleRuntime start(AppConfig config, SettingsFile settings, Clock clock) {
        return start(config, settings, SecretVault.filesOnly(config.dataDir(), System.getenv()), clock);
    }

    /** @param secrets the vault the configuration was read with (keyring or owner-only files) */
    public static ConsoleRuntime start(AppConfig config, SettingsFile settings, SecretVault secrets, Clock clock) {
        LOG.info("Starting JT Console {} with {}", AppVersion.current(), config);
        ConsoleRuntime runtime = new ConsoleRuntime(config, settings, secrets, clock);
        runtime.connectionMonitor.start(runtime.scheduler, CONNECTION_CHECK_INTERVAL);
        // The copy itself runs in the background: the scheduler's thread also runs the connection checks.
        runtime.scheduler.scheduleAtFixedRate(() -> runtime.background.execute(runtime::backUp), BACKUP_INTERVAL.toMinutes(), BACKUP_INTERVAL.toMinutes(),
                java.util.concurrent.TimeUnit.MINUTES);
        runtime.pabxClient().ifPresent(runtime.connectionMonitor::followCircuit);
        runtime.seedDemoLeads();
        runtime.calls().ifPresent(c -> c.start(clock));
        runtime.historySync().ifPresent(sync -> {
            sync.addListener(runtime.leads.matchAfterEachSync(runtime.repositories));
            sync.start();
        });
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

    /** The PBX token and the API's signing key: environment, OS keyring or owner-only files. */
    public SecretVault secrets() {
        return secrets;
    }

    /** Who is signed in; shared by every service that checks permissions or writes the audit trail. */
    public Session session() {
        return session;
    }

    public AuditTrail audit() {
        return audit;
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

    /** Every repository, built once on {@link #database()}. */
    public Repositories repositories() {
        return repositories;
    }

    /** The one clock of the console: every service and view-model reads the time from it. */
    public Clock clock() {
        return clock;
    }

    /** The sentence saying what was done with a database found damaged at this start; empty normally. */
    public Optional<String> recoveryNotice() {
        return recoveryNotice;
    }

    /** A backup now (daily, and at exit); a failure is logged and the journal keeps the edits. */
    public void backUp() {
        try {
            store.backups().take(database, store.journal());
        } catch (RuntimeException e) {
            LOG.warn("The database could not be backed up; the edit journal keeps the edits since the last backup", e);
        }
    }

    public PhoneNumbers phoneNumbers() {
        return phoneNumbers;
    }

    /** The extensions' DDDs (codigo_area), which numbers the PBX writes without one take. */
    public AreaCodes areaCodes() {
        return areaCodes;
    }

    /** Numbers people type: without DDD, the signed-in person's extension's, else the account's. */
    public TypedNumbers typedNumbers() {
        return typedNumbers;
    }

    /** Numbers from tel: links and later launches, waiting for the agent's confirmation. */
    public PendingDial pendingDial() {
        return pendingDial;
    }

    /** The PBX client; empty only when the configured PBX settings were refused (see the connection page). */
    public Optional<PabxClient> pabxClient() {
        return pbx.client();
    }

    /** The background copy of the PBX's history into the local store; empty without a PBX client. */
    public Optional<HistorySync> historySync() {
        return Optional.ofNullable(historySync);
    }

    /** Click-to-call, call tracking, operator control; empty when there is no PBX client. */
    public Optional<CallServices> calls() {
        return Optional.ofNullable(calls);
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

    /** Demo mode's first start fills the empty lead table from the simulator (a few hundred rows: done before the window opens). */
    private void seedDemoLeads() {
        pbx.simulator().ifPresent(sim -> {
            if (new DemoSeeder(repositories.leads(), repositories.opportunities(), phoneNumbers).seedIfEmpty(sim.demoLeads()) > 0) {
                leads.matcher().matchAll();
            }
        });
    }

    public Leads leads() {
        return leads.leads();
    }

    public LeadImport leadImport() {
        return leads.leadImport();
    }

    /** Run after every history sync: gives the new calls their lead. */
    public LeadMatcher leadMatcher() {
        return leads.matcher();
    }

    /** Where "Ligar" goes: click-to-call; empty (call buttons disabled) only without a PBX client. */
    public Optional<DialRequests> dialRequests() {
        return calls().map(CallServices::dialRequests);
    }

    @Override
    public void close() {
        if (historySync != null) {
            historySync.close();
        }
        if (calls != null) {
            calls.close();
        }
        // Once the writers have stopped (none is interrupted). Skipped when the newest backup is recent: a copy
        // of a large file takes seconds, a console told to stop by the system has 5 s in all, and every edit
        // since the newest backup is in the journal anyway.
        if (store.backups().list().stream().map(DatabaseBackups.Backup::takenAt)
                .noneMatch(t -> t.isAfter(clock.instant().minus(EXIT_BACKUP_AFTER)))) {
            backUp();
        }
        connectionMonitor.close();
        executors.close(); // before the database: its SHUTDOWN then waits for a task's last statement
        pbx.close();
        store.close();
        LOG.info("JT Console stopped");
        DataFolders.keepPrivate(config.dataDir()); // a trace file or a rolled log made while running
    }
}
