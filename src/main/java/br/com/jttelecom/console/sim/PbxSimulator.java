package br.com.jttelecom.console.sim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PBX simulator: a real HTTP server on 127.0.0.1 speaking {@code suite/api} like the
 * JT Telecom cloud PBX, with state, a call lifecycle on an injectable clock, fault injection and
 * request recording. A fresh simulator holds a small base account (extensions 201–204, one DID,
 * operators on 201 and 202, logged out); {@link #seedDemoCompany(long)} grows it to the demo company.
 */
public final class PbxSimulator implements AutoCloseable {

    public static final String API_PATH = "/suite/api";
    public static final String LEGACY_PATH = "/pabx/api.php";
    private static final Logger LOG = LoggerFactory.getLogger(PbxSimulator.class);

    private final SimSettings settings;
    private final SimState state;
    private final CallEngine engine;
    private final ActionRegistry actions = new ActionRegistry();
    private final ExtensionActions extensionActions;
    private final DidActions didActions;
    private final Faults faults = new Faults();
    private final HistoryBehaviours behaviours;
    private final RequestLog requestLog = new RequestLog();
    private final WebhookNotifier webhook;
    private volatile String rootUrl = "http://127.0.0.1:0";
    /** The seed the demo company was generated from, so {@link #demoLeads()} matches its history. */
    private volatile long demoSeed;
    private HttpServer server;
    private ExecutorService executor;
    private ScheduledExecutorService ticker;

    PbxSimulator(SimSettings s) {
        this.settings = s;
        this.demoSeed = s.seed();
        this.behaviours = new HistoryBehaviours(s.behaviours());
        HistoryRenderer renderer = new HistoryRenderer(s.tenant(), s.companyName(),
                () -> rootUrl + RecordingHandler.PATH, s.clock(), s.recordingDelay());
        this.state = new SimState(s.tenant(), s.companyName(), s.clock(), renderer);
        this.webhook = s.webhookUrl() == null ? null : new WebhookNotifier(s.webhookUrl(), s.webhookMalformed(), renderer);
        this.engine = new CallEngine(state, s.timing(), s.outcomeRules(), new Random(s.seed()), s.indexingDelay(), webhook);
        this.extensionActions = new ExtensionActions(state);
        this.didActions = new DidActions(state);
        extensionActions.register(actions);
        didActions.register(actions);
        new HistoryActions(state, behaviours, s.seed()).register(actions);
        new OnlineCallActions(state, engine).register(actions);
        new DialActions(state, engine, s.clickToCall()).register(actions);
        new OperatorActions(state, engine).register(actions);
        new CatalogActions(state).register(actions);
        new AccountSeeder(state, extensionActions, didActions).seedBaseAccount();
    }

    public static SimulatorBuilder builder() {
        return new SimulatorBuilder();
    }

    /** Binds 127.0.0.1 on {@code port} (0 = any free port) and starts answering. */
    public synchronized PbxSimulator start(int port) {
        if (server != null) {
            throw new IllegalStateException("already started on port " + port());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        Credentials credentials = new Credentials(settings.user(), settings.token());
        ResponseWriter writer = new ResponseWriter(settings.emptyResultsStatus());
        for (String path : List.of(API_PATH, LEGACY_PATH)) { // the same API under both of the PBX's paths
            server.createContext(path, new ApiHandler(path, credentials, actions, faults, requestLog, state.clock,
                    this::tick, writer));
        }
        server.createContext(RecordingHandler.PATH, new RecordingHandler(state.history, state.renderer, this::tick));
        server.createContext(FaultAdminHandler.PATH, new FaultAdminHandler(faults));
        server.createContext("/", NotFoundPage::handle);
        server.start();
        rootUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        if (settings.ticksItself()) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("pbx-sim-tick").unstarted(r));
            ticker.scheduleAtFixedRate(this::safeTick, 1, 1, TimeUnit.SECONDS);
        }
        LOG.info("PBX simulator listening on {} (user {})", baseUrl(), settings.user());
        return this;
    }

    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/suite/api} */
    public String baseUrl() {
        return rootUrl + API_PATH;
    }

    /** {@code http://127.0.0.1:PORT/pabx/api.php} */
    public String legacyUrl() {
        return rootUrl + LEGACY_PATH;
    }

    /** {@code http://127.0.0.1:PORT} */
    public String rootUrl() {
        return rootUrl;
    }

    public String user() {
        return settings.user();
    }

    public String token() {
        return settings.token();
    }

    public String tenant() {
        return settings.tenant();
    }

    public SimClock clock() {
        return state.clock;
    }

    /** Applies everything due up to the clock's now; every request does this first. */
    public void tick() {
        engine.tick();
    }

    public Faults faults() {
        return faults;
    }

    /** The {@link HistoryBehaviour}s on, changeable while running: {@code sim.behaviours().set(LATE_CDRS, true)}. */
    public HistoryBehaviours behaviours() {
        return behaviours;
    }

    public List<RecordedRequest> requests() {
        return requestLog.all();
    }

    public long requestCount(String action) {
        return requestLog.count(action);
    }

    public void clearRequests() {
        requestLog.clear();
    }

    /** Inbound calls every {@code meanInterval} on average (seeded); {@code null} switches them off. */
    public void inboundTraffic(Duration meanInterval) {
        engine.inboundTraffic(meanInterval);
    }

    /**
     * Marks an operator as away from the desk (logged in, phone ringing, nobody answering): the inbound
     * calls the queue gives them ring out unanswered until {@code away} is false again.
     */
    public void operatorAway(int operatorId, boolean away) {
        if (away) {
            state.awayOperators.add(operatorId);
        } else {
            state.awayOperators.remove(operatorId);
        }
    }

    /** Adds an extension as {@code inserir_ramal} would; returns its {@code ramal_id}. */
    public long addExtension(String numero, String nome) {
        return new AccountSeeder(state, extensionActions, didActions).extension(numero, nome);
    }

    /** Adds an operator on an extension; returns its {@code operador_id}. */
    public int addOperator(String nome, String ramal, boolean loggedIn) {
        return state.operators.add(nome, ramal, loggedIn ? SimOperator.AVAILABLE : SimOperator.LOGGED_OUT).id();
    }

    /** Generates {@code count} history records spread over [from, to), deterministic for the builder's seed. */
    public void seedHistory(int count, Instant from, Instant to) {
        seedHistory(count, from, to, settings.seed());
    }

    public void seedHistory(int count, Instant from, Instant to, long seed) {
        Set<HistoryBehaviour> on = behaviours.active();
        engine.file(new HistorySeeder(state, seed, on).generate(count, from, to, false),
                on.contains(HistoryBehaviour.LATE_CDRS));
    }

    /**
     * Puts these finished calls into the history, as they are: visible at once, or with
     * {@link HistoryBehaviour#LATE_CDRS} on only once each has ended plus the indexing delay.
     *
     * @return their {@code chamada_id}s, in the order given
     */
    public List<String> addHistory(List<InjectedCall> calls) {
        List<CompactRecord> records = InjectedCall.toRecords(calls, state);
        List<CompactRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingLong(CompactRecord::startEpochSecond).thenComparingLong(CompactRecord::seq));
        engine.file(sorted, behaviours.isOn(HistoryBehaviour.LATE_CDRS));
        return records.stream().map(CompactRecord::chamadaId).toList();
    }

    public List<String> addHistory(InjectedCall... calls) {
        return addHistory(List.of(calls));
    }

    /**
     * What the history really holds, oldest first: every record {@code listar_historico_chamada} shows now
     * (after applying what is due at the clock's now), in the truth's terms whatever the behaviours make
     * the answers look like.
     */
    public List<CallTruth> historyTruth() {
        tick();
        return state.history.all().stream().map(r -> CallTruth.of(r, state.renderer, true)).toList();
    }

    /**
     * {@link #historyTruth()} plus the finished calls not shown yet (their indexing delay has not passed,
     * see {@link HistoryBehaviour#LATE_CDRS}), marked {@code visible = false}; oldest start first.
     */
    public List<CallTruth> historyTruthIncludingHidden() {
        tick();
        List<CallTruth> all = new ArrayList<>(historyTruth());
        engine.notYetIndexed().forEach(r -> all.add(CallTruth.of(r, state.renderer, false)));
        all.sort(Comparator.comparing(CallTruth::start).thenComparing(CallTruth::chamadaId));
        return List.copyOf(all);
    }

    public void seedDemoCompany() {
        seedDemoCompany(settings.seed());
    }

    /** The demo company: 12 extensions, 3 DIDs, 8 operators, 90 days of history with the demo leads' numbers. */
    public void seedDemoCompany(long seed) {
        demoSeed = seed;
        new DemoCompany(state, new AccountSeeder(state, extensionActions, didActions), engine, behaviours.active())
                .seed(seed);
    }

    /** The 200 leads of the demo company, the same numbers that call in and are called in its history. */
    public List<DemoLead> demoLeads() {
        return DemoLeads.generate(demoSeed);
    }

    public int historySize() {
        return state.history.size();
    }

    public int liveCallCount() {
        return engine.live().size();
    }

    /** Stops at once: stalled bodies are released, open connections dropped. */
    @Override
    public synchronized void close() {
        faults.close();
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            LOG.info("PBX simulator on port {} stopped", server.getAddress().getPort());
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("simulator tick failed", e);
        }
    }
}
