package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.Sleeper;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.operator.OperatorControl;
import br.com.jttelecom.console.sim.CallTiming;
import br.com.jttelecom.console.sim.FollowingClock;
import br.com.jttelecom.console.sim.ManualClock;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadLookup;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import br.com.jttelecom.console.store.PauseReasonRepository;
import br.com.jttelecom.console.store.SettingRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The real pieces wired as the app wires them: a simulator on a manual clock, the real client, an H2
 * file in a temporary folder; the console's clock reads the simulator's, so one {@code advance} moves both.
 */
public final class CallsFixture implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2026-08-21T16:00:00Z");

    public final ManualClock simClock = SimClock.manual(T0);
    /** The console's clock reads the simulator's, so both agree on "now". */
    public final Clock clock = new FollowingClock(simClock);
    public final PbxSimulator sim;
    public final PabxClient pbx;
    public final Path dir;
    public Database db;
    public CallRepository calls;
    public CallEventRepository events;
    public SettingRepository settings;
    public AgentSettings agent;
    public final PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
    public final Session session = new Session();
    public AuditTrail audit;
    public CallTracker tracker;
    public ClickToCall clickToCall;
    public OperatorControl operator;
    public CallNotes notes;
    public final java.util.concurrent.ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    public final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public CallsFixture(Path dir) {
        this.dir = dir;
        sim = PbxSimulator.builder().user("api@loja.com.br").token("0b7c5d2e-1f00-4a4a-9c9c-123456789abc").seed(7L)
                .clock(simClock).callTiming(CallTiming.defaults().withTalk(Duration.ofSeconds(30)))
                .build().start(0);
        // The client runs on the simulated clock too, so an open circuit waits simulated seconds: a test that
        // injects a failure and moves the clock sees the circuit half-open exactly when the console would.
        pbx = new PabxClient(PabxSettings.of(sim.baseUrl(), sim.user(), sim.token())
                .withRetry(3, Duration.ofMillis(10)).withRequestsPerSecond(1000)
                .withCircuitOpenWait(Duration.ofSeconds(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)),
                clock, Sleeper.system());
        open();
    }

    /** (Re)opens the database and builds the services on it, as a restart of the console would. */
    public void open() {
        db = Database.openFolder(dir);
        calls = new CallRepository(db.jdbi(), clock);
        events = new CallEventRepository(db.jdbi());
        settings = new SettingRepository(db.jdbi(), clock);
        agent = new AgentSettings(settings);
        LeadLookup leads = new LeadLookup(db.jdbi());
        tracker = new CallTracker(pbx, calls, events, new OnlineMatcher(phones, calls, leads), clock);
        audit = AuditTrail.on(db.jdbi(), session, clock);
        clickToCall = new ClickToCall(pbx, phones, calls, events, leads, tracker, agent,
                Map.of("campanha", "demo"), executor, clock, br.com.jttelecom.console.i18n.Messages.portuguese(), audit);
        operator = new OperatorControl(pbx, agent, new OperatorSessionRepository(db.jdbi()),
                new PauseReasonRepository(db.jdbi()), agent::wrapUp, clock, audit);
        tracker.addListener(operator);
        notes = new CallNotes(calls, new br.com.jttelecom.console.store.CallbackRepository(db.jdbi(), clock), scheduler,
                Duration.ofMillis(300));
    }

    public void restart() {
        tracker.close();
        db.close();
        open();
    }

    public long lead(String name, String e164) {
        return db.jdbi().withHandle(h -> h.createUpdate("""
                        INSERT INTO lead (name, phone, created_at, updated_at) VALUES (:name, :phone, :now, :now)
                        """)
                .bind("name", name).bind("phone", e164).bind("now", T0)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Moves both clocks and runs one tracker round. */
    public void advance(Duration d) {
        simClock.advance(d);
        sim.tick();
        tracker.tick();
        operator.tick();
    }

    @Override
    public void close() {
        tracker.close();
        executor.shutdownNow();
        scheduler.shutdownNow();
        pbx.close();
        sim.close();
        db.close();
    }
}
