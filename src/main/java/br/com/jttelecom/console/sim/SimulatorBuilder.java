package br.com.jttelecom.console.sim;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/** Builds a simulator; every setting has a documented default. */
public final class SimulatorBuilder {
    private String user = "demo";
    private String token = SimulatorMain.DEFAULT_TOKEN;
    private String tenant = "demo";
    private String companyName = "Demo Telecom Ltda";
    private long seed = 42L;
    private SimClock clock = SimClock.system();
    private Duration indexingDelay = Duration.ofSeconds(10);
    private Duration recordingDelay = Duration.ZERO;
    private boolean clickToCall = true;
    private CallTiming timing = CallTiming.defaults();
    private OutcomeRules outcomeRules = OutcomeRules.bySuffix();
    private int emptyResultsStatus = 404;
    private URI webhookUrl;
    private boolean webhookMalformed;
    private Boolean autoTick;
    private final EnumSet<HistoryBehaviour> behaviours = EnumSet.noneOf(HistoryBehaviour.class);

    public SimulatorBuilder user(String v) { user = Objects.requireNonNull(v); return this; }
    public SimulatorBuilder token(String v) { token = Objects.requireNonNull(v); return this; }
    /** The account's SIP domain prefix: extensions show as {@code <tenant>-201}. Default {@code demo}. */
    public SimulatorBuilder tenant(String v) { tenant = Objects.requireNonNull(v); return this; }
    public SimulatorBuilder companyName(String v) { companyName = Objects.requireNonNull(v); return this; }
    public SimulatorBuilder seed(long v) { seed = v; return this; }
    public SimulatorBuilder clock(SimClock v) { clock = Objects.requireNonNull(v); return this; }
    /** How long a finished call takes to appear in the history. Default 10 s. */
    public SimulatorBuilder indexingDelay(Duration v) { indexingDelay = Objects.requireNonNull(v); return this; }
    /** How long after the hang-up {@code link_gravacao} stays empty (the recording lags the record). Default 0. */
    public SimulatorBuilder recordingDelay(Duration v) { recordingDelay = Objects.requireNonNull(v); return this; }
    /** {@code false}: the account lacks the Click2Call module and every dial is refused saying so. */
    public SimulatorBuilder clickToCall(boolean v) { clickToCall = v; return this; }
    public SimulatorBuilder callTiming(CallTiming v) { timing = Objects.requireNonNull(v); return this; }
    public SimulatorBuilder outcomeRules(OutcomeRules v) { outcomeRules = Objects.requireNonNull(v); return this; }
    /** HTTP status of a "nothing found" list: 404 (default) or 200; the body says 404 either way. */
    public SimulatorBuilder emptyResultsStatus(int v) {
        if (v != 404 && v != 200) {
            throw new IllegalArgumentException("404 or 200: " + v);
        }
        emptyResultsStatus = v;
        return this;
    }
    /** Posts an end-of-call webhook there; {@code malformed} adds the trailing comma some templates produce. */
    public SimulatorBuilder webhook(URI url, boolean malformed) { webhookUrl = url; webhookMalformed = malformed; return this; }
    /** Whether a scheduler ticks once a second; default: yes unless the clock is a {@link ManualClock}. */
    public SimulatorBuilder autoTick(boolean v) { autoTick = v; return this; }
    /** Switches these {@link HistoryBehaviour}s on (all are off by default); adds to earlier calls. */
    public SimulatorBuilder behaviour(HistoryBehaviour... v) { behaviours.addAll(List.of(v)); return this; }
    /** Every {@link HistoryBehaviour} at once (the status ones resolve to {@link HistoryBehaviour#STATUS_MIXED}). */
    public SimulatorBuilder allBehaviours() { behaviours.addAll(HistoryBehaviour.withExactHistory()); return this; }

    public PbxSimulator build() {
        return new PbxSimulator(new SimSettings(user, token, tenant, companyName, seed, clock, indexingDelay,
                recordingDelay, clickToCall,
                timing, outcomeRules, emptyResultsStatus, webhookUrl, webhookMalformed, autoTick,
                EnumSet.copyOf(behaviours)));
    }
}
