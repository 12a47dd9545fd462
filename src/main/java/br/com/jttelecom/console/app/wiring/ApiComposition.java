package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.api.ApiSecretFile;
import br.com.jttelecom.console.api.ApiServer;
import br.com.jttelecom.console.api.ApiServices;
import br.com.jttelecom.console.api.ApiSettings;
import br.com.jttelecom.console.app.config.LaunchOptions;
import br.com.jttelecom.console.service.operator.AgentActions;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.history.PbxLiveHistory;
import br.com.jttelecom.console.service.calls.WebhookIntake;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.secrets.Secret;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.UserRepository;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds the local API on the runtime's and the admin services' objects (the very ones the
 * window uses) and decides whether it runs: {@code --api-port} or the setting {@code api.enabled}.
 */
public final class ApiComposition {

    static final String ENABLED = "api.enabled";
    static final String PORT = "api.port";
    static final String BIND = "api.bind";
    public static final String WEBHOOK_HMAC = "api.webhook.hmac";
    /** Comma-separated names other machines use in the Host header to reach this console (with api.bind). */
    static final String HOSTS = "api.hosts";
    /** Where the signing key lives when no OS keyring is usable (see {@link Secret#API_SIGNING_KEY}). */
    public static final String SIGNING_FILE = Secret.API_SIGNING_KEY.fileName();
    public static final String WEBHOOK_FILE = "api-webhook.secret";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiComposition.class);

    private ApiComposition() {
    }

    /** The port to serve on, or empty when the API is off. */
    public static OptionalInt requestedPort(SettingsFile settings, OptionalInt flag) {
        if (flag.isPresent()) {
            return flag;
        }
        boolean enabled = settings.get(ENABLED).map(Boolean::parseBoolean).orElse(false);
        if (!enabled) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(settings.get(PORT).map(String::trim).map(Integer::parseInt).orElse(ApiSettings.DEFAULT_PORT));
    }

    /**
     * The signing key is kept like the PBX token (environment, keyring, or owner-only file). The webhook
     * secret stays a file: the admin copies it into the PBX's webhook URL, so it must be easy to read.
     */
    static ApiSettings settings(SettingsFile settings, SecretVault secrets, Path dataDir, int port) {
        return new ApiSettings(settings.get(BIND).orElse(ApiSettings.LOOPBACK), port,
                secrets.readOrCreate(Secret.API_SIGNING_KEY, ApiSecretFile::newSecret),
                ApiSecretFile.readOrCreate(dataDir.resolve(WEBHOOK_FILE)),
                settings.get(WEBHOOK_HMAC).map(Boolean::parseBoolean).orElse(false),
                settings.get(HOSTS).map(h -> java.util.Set.copyOf(java.util.List.of(h.split("\\s*,\\s*"))))
                        .orElse(java.util.Set.of()));
    }

    static ApiServices services(ConsoleRuntime runtime, AdminServices admin) {
        Clock clock = runtime.clock();
        Repositories store = runtime.repositories();
        ZoneId zone = ZoneId.systemDefault();
        CallRepository calls = store.calls();
        // The API runs each request as its caller (Session.callAs), so the same visibility applies per request.
        CallHistory history = new CallHistory(calls, store.callEvents(), store.settings(), store.leadLookup(), clock,
                zone).limitedTo(admin.visibility()::current).readingNumbersWith(runtime.typedNumbers());
        var callServices = runtime.calls();
        UserRepository users = store.users();
        Optional<AgentActions> agents = callServices.flatMap(c -> admin.directory().map(directory ->
                new AgentActions(admin.session(), admin.accounts(), directory, users::operatorLinks,
                        admin.audit(), c.own(), c.forOthers())));
        return new ApiServices(runtime.messages(), clock, admin.session(), admin.accounts(), history, agents,
                new PbxLiveHistory(runtime::pabxClient, clock, zone)
                        .limitedTo(admin.visibility()::current),
                runtime.connectionMonitor(), admin.directory(), admin.dids(),
                new WebhookIntake(calls, callServices.map(c -> c.tracker()), clock, runtime.phoneNumbers(),
                        runtime.areaCodes()), runtime.pabxClient(),
                runtime.historySync(), () -> callServices.map(CallServices::callsInProgress).orElse(0),
                () -> databaseOk(runtime), URI.create(runtime.pbxBaseUrl()),
                admin.audit(), runtime.recoveryNotice());
    }

    /** Starts the API when {@code --api-port} or the settings ask for it; a port in use is logged, not fatal. */
    public static java.util.Optional<ApiServer> startIfRequested(ConsoleRuntime runtime, AdminServices admin,
                                                          LaunchOptions options) {
        OptionalInt port = requestedPort(runtime.settings(), options.apiPort());
        if (port.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(start(runtime, admin, port.getAsInt()));
        } catch (RuntimeException e) {
            // The window is still useful without the API: say why in the log and go on.
            LOG.warn("local API did not start on port {}: {}", port.getAsInt(), e.toString());
            return java.util.Optional.empty();
        }
    }

    /** Starts the API on {@code port} (0: any free port). */
    public static ApiServer start(ConsoleRuntime runtime, AdminServices admin, int port) {
        ApiSettings settings = settings(runtime.settings(), runtime.secrets(), runtime.config().dataDir(), port);
        return new ApiServer(services(runtime, admin), settings).start();
    }

    private static boolean databaseOk(ConsoleRuntime runtime) {
        try {
            return runtime.database().jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
