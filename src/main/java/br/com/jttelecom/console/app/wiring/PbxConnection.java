package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.app.config.AppConfig;
import br.com.jttelecom.console.app.demo.DemoPbxPort;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxConfigurationError;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.connection.ConnectionCheck;
import br.com.jttelecom.console.service.connection.ConnectionProbe;
import br.com.jttelecom.console.service.connection.PabxConnectionProbe;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The PBX the console talks to: the real one from the configuration, or, in demo mode, the
 * embedded simulator started on a free loopback port and reached through the very same client.
 *
 * <p>Settings the client refuses (an {@code http://} address for a remote host, a malformed URL)
 * do not stop the console: it opens without a client and the connection page says what is wrong.
 */
final class PbxConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PbxConnection.class);
    static final String DEMO_USER = "demo";
    static final long DEMO_SEED = 42L;
    static final Duration DEMO_INBOUND_EVERY = Duration.ofMinutes(1);

    private final String baseUrl;
    private final String user;
    private final PbxSimulator simulator;
    private final PabxClient client;
    private final br.com.jttelecom.console.i18n.Localized configurationProblem;

    private PbxConnection(String baseUrl, String user, PbxSimulator simulator, PabxClient client,
                          br.com.jttelecom.console.i18n.Localized problem) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.simulator = simulator;
        this.client = client;
        this.configurationProblem = problem;
    }

    static PbxConnection open(AppConfig config) {
        return open(config, java.util.Map.of(), 5);
    }

    /** @param pins host → "sha256/…" pinned by an admin in Configurações; @param rps the client's rate limit */
    static PbxConnection open(AppConfig config, java.util.Map<String, String> pins, int rps) {
        if (config.demo()) {
            return openDemo(new DemoPbxPort(config.dataDir()));
        }
        try {
            PabxClient client = new PabxClient(PabxSettings.of(config.pabxBaseUrl(), config.pabxUser(), config.pabxToken())
                    .withCertificatePins(pins).withRequestsPerSecond(rps));
            return new PbxConnection(config.pabxBaseUrl(), config.pabxUser(), null, client, null);
        } catch (PabxConfigurationError e) {
            LOG.warn("PBX settings refused: {}", e.getMessage());
            return new PbxConnection(config.pabxBaseUrl(), config.pabxUser(), null, null, e);
        }
    }

    /** A fresh token per start: nothing outside this process can talk to the demo PBX. */
    private static PbxConnection openDemo(DemoPbxPort port) {
        String token = UUID.randomUUID().toString();
        PbxSimulator sim = PbxSimulator.builder().user(DEMO_USER).token(token).seed(DEMO_SEED)
                .clock(SimClock.system()).build();
        sim.seedDemoCompany(DEMO_SEED);
        port.start(sim);
        sim.inboundTraffic(DEMO_INBOUND_EVERY);
        LOG.info("Demo mode: embedded PBX simulator at {}", sim.baseUrl());
        PabxClient client = new PabxClient(PabxSettings.of(sim.baseUrl(), DEMO_USER, token));
        return new PbxConnection(sim.baseUrl(), DEMO_USER, sim, client, null);
    }

    ConnectionProbe probe() {
        if (client == null) {
            return () -> ConnectionCheck.failed(configurationProblem, null);
        }
        return new PabxConnectionProbe(client);
    }

    Optional<PabxClient> client() {
        return Optional.ofNullable(client);
    }

    Optional<PbxSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    String baseUrl() {
        return baseUrl;
    }

    String user() {
        return user;
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }
}
