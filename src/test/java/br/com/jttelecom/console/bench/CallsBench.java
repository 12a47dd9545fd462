package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.calls.CallTracker;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.OnlineMatcher;
import br.com.jttelecom.console.sim.CallTiming;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.RecordedRequest;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadLookup;
import br.com.jttelecom.console.store.SettingRepository;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * The agent workspace's two speed figures, against the real simulator and an H2 file:
 * {@code dial_latency_p50_ms} (click → {@code discar_numero} received by the simulator: validation, the
 * call row and its event written, the HTTP request) and {@code live_poll_cpu_pct} (the tracker polling
 * {@code listar_chamadas_online} every 2 s while following 200 simultaneous calls: CPU time of the
 * poller thread over wall time, % of one core; the in-process simulator's own CPU is printed apart).
 * Run through {@code bench/run calls}; the first argument is the poll measurement in seconds (default 30).
 */
public final class CallsBench {

    private static final int WARM_DIALS = 600;
    private static final int DIALS = 200;
    private static final int LIVE_CALLS = 200;

    private CallsBench() {
    }

    public static void main(String[] args) throws Exception {
        double pollSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        Path dir = Files.createTempDirectory("calls-bench");
        // The system clock (the request log's times are comparable with ours) and two-hour talks: the
        // WARM_DIALS + DIALS = 200 dialled calls all stay online for the poll measurement.
        PbxSimulator sim = PbxSimulator.builder().user("bench").token("bench-token-0000").seed(1L)
                .clock(SimClock.system())
                .callTiming(CallTiming.defaults().withTalk(Duration.ofHours(2))).build().start(0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try (sim; Database db = Database.openFolder(dir);
             PabxClient pbx = new PabxClient(PabxSettings.of(sim.baseUrl(), sim.user(), sim.token())
                     .withRequestsPerSecond(10_000))) {
            Clock clock = Clock.systemUTC();
            PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
            CallRepository calls = new CallRepository(db.jdbi(), clock);
            CallEventRepository events = new CallEventRepository(db.jdbi());
            LeadLookup leads = new LeadLookup(db.jdbi());
            AgentSettings agent = new AgentSettings(new SettingRepository(db.jdbi(), clock));
            // Warm-up on its own tracker, dialling numbers that end busy (they leave the online list in 2 s),
            // so the measured tracker follows exactly the 200 measured calls.
            CallTracker warmTracker = new CallTracker(pbx, calls, events, new OnlineMatcher(phones, calls, leads), clock);
            AuditTrail audit = AuditTrail.on(db.jdbi(), new Session(), clock);
            ClickToCall warm = new ClickToCall(pbx, phones, calls, events, leads, warmTracker, agent, Map.of(),
                    executor, clock, Messages.portuguese(), audit);
            clientOnly(sim, pbx);
            dials(sim, warm, WARM_DIALS, 0);
            CallTracker tracker = new CallTracker(pbx, calls, events, new OnlineMatcher(phones, calls, leads), clock);
            ClickToCall clickToCall = new ClickToCall(pbx, phones, calls, events, leads, tracker, agent, Map.of(),
                    executor, clock, Messages.portuguese(), audit);
            // The warm-up calls end busy within seconds: measure on an empty online list.
            await().atMost(Duration.ofSeconds(60)).until(() -> sim.liveCallCount() == 0);
            List<Double> millis = dials(sim, clickToCall, DIALS, 1);
            System.out.printf(Locale.ROOT, "dial_latency_p50_ms %.2f ms%n", millis.get(millis.size() / 2));
            System.out.printf(Locale.ROOT, "dial_latency_p95_ms %.2f ms%n", millis.get(millis.size() * 95 / 100));
            pollCpu(sim, tracker, clickToCall, pollSeconds);
            tracker.close();
        } finally {
            executor.shutdownNow();
        }
    }

    /** Click → request received, per dial; {@code lastDigitFrom} 0 dials busy numbers, 1 answered ones. */
    private static List<Double> dials(PbxSimulator sim, ClickToCall clickToCall, int count, int lastDigitFrom) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sim.clearRequests();
            Instant click = Instant.now();
            // Last digit 1–7: answered and talking for two hours; 0: busy, off the online list in 2 s.
            int last = lastDigitFrom == 0 ? 0 : 1 + i % 7;
            DialResult r = clickToCall.dialNumber(String.format("119876%04d%d", i, last)).join();
            if (!r.started()) {
                throw new IllegalStateException("dial failed: " + r.message());
            }
            RecordedRequest received = sim.requests().stream().filter(q -> q.action().equals("discar_numero"))
                    .findFirst().orElseThrow();
            millis.add(Duration.between(click, received.at()).toNanos() / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    /** The same measure for the bare client call, so the console's own share can be read off. */
    private static void clientOnly(PbxSimulator sim, PabxClient pbx) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            sim.clearRequests();
            Instant start = Instant.now();
            pbx.dial("201", String.format("219876%04d0", i), Map.of("origem", "crm"));
            millis.add(Duration.between(start, sim.requests().get(0).at()).toNanos() / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "dial_client_only_p50_ms %.2f ms (PabxClient.dial alone, same path)%n",
                millis.get(millis.size() / 2));
    }

    private static void pollCpu(PbxSimulator sim, CallTracker tracker, ClickToCall clickToCall, double seconds)
            throws InterruptedException {
        // The dial latency run left its 200 calls live at the simulator, all followed by the tracker: the worst case.
        int online = sim.liveCallCount();
        if (online < LIVE_CALLS) {
            throw new IllegalStateException("only " + online + " live calls");
        }
        int followed = tracker.current().size();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong pollerThread = new AtomicLong(-1);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-poller");
            t.setDaemon(true);
            pollerThread.set(t.threadId());
            return t;
        });
        sim.clearRequests();
        long processBefore = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        tracker.start(poller, Duration.ofSeconds(2));
        while (pollerThread.get() < 0) {
            Thread.onSpinWait();
        }
        // The window is a number of polls (one every 2 s), counted at the simulator.
        long polls = Math.max(1, Math.round(seconds / 2));
        await().atMost(Duration.ofSeconds((long) seconds + 30)).pollInterval(Duration.ofMillis(100))
                .until(() -> sim.requestCount("listar_chamadas_online") >= polls);
        long pollerCpu = threads.getThreadCpuTime(pollerThread.get());
        long wall = System.nanoTime() - wallStart;
        long processCpu = os.getProcessCpuTime() - processBefore;
        tracker.close();
        poller.shutdownNow();
        System.out.printf(Locale.ROOT, "live_poll_cpu_pct %.2f %% (poller thread; %d polls of %d online calls, %d followed)%n",
                100.0 * pollerCpu / wall, sim.requestCount("listar_chamadas_online"), online, followed);
        System.out.printf(Locale.ROOT, "live_poll_process_cpu_pct %.2f %% (whole process, in-process simulator included)%n",
                100.0 * processCpu / wall);
    }
}
