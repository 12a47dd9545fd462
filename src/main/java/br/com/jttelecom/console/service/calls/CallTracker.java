package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of call status. Poll results, history records and (later) webhooks are all
 * {@link CallUpdate}s fed to {@link #accept}; a phase never moves back and a repeated one is ignored,
 * so sources may overlap and arrive out of order.
 *
 * <p>One shared poller ({@link #start}) runs {@link #tick()}: it asks {@code listar_chamadas_online}
 * only while a call is live or the agent's extension is watched for inbound calls, and asks the
 * history for ended calls on the back-off the PBX's late indexing needs. Tests call {@link #tick()}
 * themselves with a manual clock.
 */
public final class CallTracker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);
    /** After the hang-up the PBX indexes the call late: wait, then retry on this schedule. */
    public static final List<Duration> HISTORY_BACKOFF = List.of(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofSeconds(45), Duration.ofSeconds(60));
    /** A dialled call not yet seen online is given this many polls before it counts as ended. */
    private static final int MISSES_BEFORE_ENDED = 2;
    private static final int FINISHED_KEPT = 1000;

    private final CallRepository calls;
    private final CallEventRepository events;
    private final OnlineMatcher matcher;
    private final HistoryLookup history;
    private final OnlineCallsFeed online;
    private final Clock clock;
    private final List<Subscription> listeners = new CopyOnWriteArrayList<>();

    private final Map<Long, Followed> followed = new LinkedHashMap<>();
    /** Ids of calls already final, so a late duplicate (e.g. a second webhook) is recognised. */
    private final Map<Long, Boolean> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > FINISHED_KEPT;
        }
    };
    private volatile String watchedExtension;
    private ScheduledFuture<?> poller;
    private ScheduledExecutorService scheduler;
    private Duration interval;

    public CallTracker(PabxClient pbx, CallRepository calls, CallEventRepository events, OnlineMatcher matcher,
                       Clock clock) {
        this.calls = calls;
        this.events = events;
        this.matcher = matcher;
        this.history = new HistoryLookup(pbx);
        this.online = new OnlineCallsFeed(pbx, clock);
        this.clock = clock;
    }

    /** The online list this tracker polls, for other readers (the live board) to share instead of polling again. */
    public OnlineCallsFeed onlineFeed() {
        return online;
    }

    /** Runs {@link #tick()} on the shared scheduler every {@code interval}. */
    public synchronized void start(ScheduledExecutorService scheduler, Duration interval) {
        if (poller == null) {
            this.scheduler = scheduler;
            this.interval = interval;
            poller = scheduler.scheduleWithFixedDelay(this::safeTick, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Polls every {@code next} from now on (Configurações saved another interval). The first round at
     * the new pace comes one new interval from now, so a shorter interval takes effect at once.
     */
    public synchronized void changeInterval(Duration next) {
        if (poller == null || next.equals(interval)) {
            interval = next;
            return;
        }
        poller.cancel(false);
        interval = next;
        poller = scheduler.scheduleWithFixedDelay(this::safeTick, next.toMillis(), next.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The poll interval in use (null before {@link #start}). */
    public synchronized Duration interval() {
        return interval;
    }

    /** Hears every call this tracker follows, whoever's extension it is on (the stats, the history). */
    public void addListener(CallListener listener) {
        listeners.add(new Subscription(listener, null));
    }

    /**
     * Hears only the calls on {@code extension} (dialled from it, ringing it, or resumed for it): a signed-in
     * person's panel and operator state follow their own calls, never the previous user's that are still live.
     */
    public void addListener(String extension, CallListener listener) {
        listeners.add(new Subscription(listener, java.util.Objects.requireNonNull(extension, "extension")));
    }

    public void removeListener(CallListener listener) {
        listeners.removeIf(s -> s.listener() == listener);
    }

    /** Listeners now registered: each signed-in session adds some and must take them away at sign-out. */
    public int listenerCount() {
        return listeners.size();
    }

    /** The calls followed now on {@code extension}, live or waiting for their history. */
    public synchronized List<TrackedCall> current(String extension) {
        return followed.values().stream().filter(f -> extension.equals(f.extension)).map(f -> f.call).toList();
    }

    /** Watch this extension for inbound calls (while the agent is logged in), or null to stop. */
    public void watchExtension(String extension) {
        this.watchedExtension = extension;
    }

    /**
     * Starts following a call the console just stored. A call in {@link CallPhase#DIALING} is not
     * missed from the online list until {@link #dialAccepted} says the PBX took it: a slow dial
     * answer must not end the call before it started.
     */
    public void follow(TrackedCall call, String extension, String dialString) {
        synchronized (this) {
            Followed f = new Followed(call, extension, dialString);
            f.accepted = call.phase() != CallPhase.DIALING;
            followed.put(call.callId(), f);
        }
        notifyChanged(call, extension);
    }

    /**
     * After a restart: follows again the calls the store still has in progress. Their phase is unknown,
     * so they start at {@link CallPhase#DIALING}; the next poll moves them on, or ends them when they are
     * no longer online, and the history then gives their final status.
     */
    public void resume(List<Call> inProgress) {
        for (Call c : inProgress) {
            if (c.status() != CallStatus.IN_PROGRESS || c.externalCallId() == null) {
                continue; // without the PBX id a call cannot be found again: the history sync will settle it
            }
            TrackedCall call = new TrackedCall(c.id(), c.externalCallId(), c.leadId(), null, c.phoneNumber(),
                    c.direction(), CallPhase.DIALING, c.startTime(), null, null, null, null, null);
            synchronized (this) {
                Followed f = new Followed(call, c.extension(), null);
                f.accepted = true;
                followed.putIfAbsent(c.id(), f);
            }
        }
    }

    /** The calls followed now, live or waiting for their history. */
    public synchronized List<TrackedCall> current() {
        return followed.values().stream().map(f -> f.call).toList();
    }

    /** Whether a call for this lead is live (dialling, ringing or talking). */
    public synchronized boolean leadInLiveCall(long leadId) {
        return followed.values().stream()
                .anyMatch(f -> f.call.phase().isLive() && f.call.leadId() != null && f.call.leadId() == leadId);
    }

    /**
     * A lead was saved with these phones (E.164): the followed calls from them that had no lead carry it
     * from now on, so the panel names the caller the agent just turned into a lead.
     */
    public void leadSaved(long leadId, String name, java.util.Collection<String> phones) {
        List<Followed> named = new java.util.ArrayList<>();
        synchronized (this) {
            for (Followed f : followed.values()) {
                if (f.call.leadId() == null && f.call.number() != null && phones.contains(f.call.number())) {
                    f.call = f.call.withLead(leadId, name);
                    named.add(f);
                }
            }
        }
        named.forEach(f -> notifyChanged(f.call, f.extension));
    }

    /** The PBX refused or failed the dial: the call ends FAILED with the PBX's sentence. */
    public void dialFailed(long callId, String message) {
        Call report = Reports.failed(callId, message, clock.instant());
        accept(new CallUpdate(callId, CallPhase.FINAL, report, "dial"));
    }

    /**
     * The dial went out but its answer was lost: the PBX may have placed the call. It is looked for on the online
     * list like an accepted dial; if it never shows up there it ends FAILED with {@code message}. {@code resolved}
     * hears once whether it was found ({@code true}) or given up ({@code false}).
     */
    public void dialUnconfirmed(long callId, String message, java.util.function.Consumer<Boolean> resolved) {
        synchronized (this) {
            Followed f = followed.get(callId);
            if (f == null) {
                return;
            }
            f.accepted = true;
            f.unconfirmed = message;
            f.unconfirmedResolved = resolved;
        }
        events.append(CallEvent.of(callId, "dial_unconfirmed", null, clock.instant()));
    }

    /** The PBX accepted the dial, maybe with its {@code chamada_id}. */
    public void dialAccepted(long callId, String externalCallId) {
        TrackedCall changed = null;
        synchronized (this) {
            Followed f = followed.get(callId);
            if (f != null) {
                f.accepted = true;
            }
            if (f != null && externalCallId != null && f.call.externalCallId() == null) {
                f.call = f.call.withExternalId(externalCallId);
                changed = f.call;
            }
        }
        if (changed != null) {
            calls.merge(Reports.externalId(callId, externalCallId));
        }
    }

    /**
     * Applies one update: ignored when the call is already at or past that phase; otherwise writes the
     * {@code call_event}, stores what the report brings and tells the listeners.
     */
    public void accept(CallUpdate update) {
        Instant now = clock.instant();
        TrackedCall changed;
        String extension;
        synchronized (this) {
            Followed f = followed.get(update.callId());
            if (f == null) {
                if (!finished.containsKey(update.callId()) && update.report() != null && update.phase() == CallPhase.FINAL) {
                    calls.merge(Reports.withId(update.callId(), update.report())); // a webhook for a call we never followed
                }
                return;
            }
            if (update.phase().compareTo(f.call.phase()) <= 0) {
                return;
            }
            events.append(CallEvent.of(update.callId(), update.phase().eventType(),
                    Reports.eventData(update), now));
            if (update.phase() == CallPhase.FINAL) {
                Call stored = update.report() == null ? null
                        : calls.merge(Reports.withId(update.callId(), update.report())).orElse(null);
                CallStatus status = stored == null ? CallStatus.FAILED : stored.status();
                String message = "dial".equals(update.source()) ? update.report().hangupReason() : null;
                f.call = f.call.withFinal(status, stored == null ? null : CallTimes.of(stored), message, now);
                followed.remove(update.callId());
                finished.put(update.callId(), Boolean.TRUE);
            } else {
                f.call = f.call.withPhase(update.phase(), now);
                if (update.phase() == CallPhase.ENDED) {
                    f.historyAttempt = 0;
                    f.nextHistoryAt = now.plus(HISTORY_BACKOFF.get(0));
                }
            }
            changed = f.call;
            extension = f.extension;
        }
        notifyChanged(changed, extension);
    }

    /** One round: the online list (when needed), then the history of ended calls that are due. */
    public void tick() {
        String ext = watchedExtension;
        List<Followed> live;
        synchronized (this) {
            live = followed.values().stream().filter(f -> f.call.phase().isLive()).toList();
        }
        if (!live.isEmpty() || ext != null) {
            pollOnline(live, ext);
        }
        fetchDueHistory();
    }

    private void pollOnline(List<Followed> live, String ext) {
        List<OnlineCallRecord> now;
        try {
            now = online.fetch();
        } catch (PabxException e) {
            LOG.debug("Online poll failed: {}", e.getMessage());
            return; // the next tick tries again; a missed poll must not end a call
        }
        OnlineMatcher.Index index = matcher.index(now);
        for (Followed f : live) {
            Optional<OnlineCallRecord> match = index.find(f.call.externalCallId(), f.extension, f.dialString);
            if (match.isPresent()) {
                f.misses = 0;
                OnlineCallRecord r = match.get();
                if (f.call.externalCallId() == null && r.chamadaId() != null) {
                    dialAccepted(f.call.callId(), r.chamadaId());
                }
                resolveUnconfirmed(f, true); // the lost dial went through: the PBX has the call
                accept(new CallUpdate(f.call.callId(), CallPhase.fromOnlineState(r.state()), null, "poll"));
            } else if (f.call.phase() == CallPhase.DIALING && f.unconfirmed != null) {
                if (++f.misses >= MISSES_BEFORE_ENDED) {
                    String message = f.unconfirmed;
                    resolveUnconfirmed(f, false);
                    dialFailed(f.call.callId(), message); // the lost dial never reached the PBX's calls
                }
            } else if (f.call.phase() != CallPhase.DIALING || (f.accepted && ++f.misses >= MISSES_BEFORE_ENDED)) {
                accept(new CallUpdate(f.call.callId(), CallPhase.ENDED, null, "poll"));
            }
        }
        if (ext != null) {
            for (OnlineCallRecord r : index.inboundTo(ext)) {
                if (!knows(r.chamadaId())) {
                    matcher.inbound(r, ext, clock.instant()).ifPresent(this::startInbound);
                }
            }
        }
    }

    private void resolveUnconfirmed(Followed f, boolean found) {
        java.util.function.Consumer<Boolean> resolved;
        synchronized (this) {
            if (f.unconfirmed == null) {
                return;
            }
            f.unconfirmed = null;
            resolved = f.unconfirmedResolved;
            f.unconfirmedResolved = null;
        }
        if (resolved != null) {
            resolved.accept(found);
        }
    }

    private synchronized boolean knows(String externalId) {
        return externalId == null || followed.values().stream().anyMatch(f -> externalId.equals(f.call.externalCallId()))
                || matcher.knownExternal(externalId);
    }

    private void startInbound(OnlineMatcher.Inbound in) {
        follow(in.call(), in.extension(), null);
        events.append(CallEvent.of(in.call().callId(), "inbound_ringing", null, clock.instant()));
        InboundRing ring = in.ring();
        listeners.stream().filter(s -> s.hears(in.extension())).forEach(s -> s.listener().inboundRinging(ring));
    }

    private void fetchDueHistory() {
        Instant now = clock.instant();
        List<Followed> due;
        synchronized (this) {
            due = followed.values().stream()
                    .filter(f -> f.call.phase() == CallPhase.ENDED && f.nextHistoryAt != null && !now.isBefore(f.nextHistoryAt))
                    .toList();
        }
        for (Followed f : due) {
            Optional<Call> record = f.call.externalCallId() == null ? Optional.empty()
                    : history.find(f.call.externalCallId(), f.call.startedAt());
            if (record.isPresent()) {
                accept(new CallUpdate(f.call.callId(), CallPhase.FINAL, record.get(), "history"));
            } else {
                scheduleRetry(f, now);
            }
        }
    }

    private void scheduleRetry(Followed f, Instant now) {
        synchronized (this) {
            f.historyAttempt++;
            if (f.historyAttempt < HISTORY_BACKOFF.size()) {
                f.nextHistoryAt = now.plus(HISTORY_BACKOFF.get(f.historyAttempt));
                return;
            }
            // Out of patience: the history sync will bring the final status whenever the PBX indexes it.
            followed.remove(f.call.callId());
        }
        events.append(CallEvent.of(f.call.callId(), "history_missing", null, now));
        // The panel must stop saying "conferindo…": the call is over, its result simply never came (a call
        // resumed after a restart that the PBX no longer knows, say).
        notifyChanged(f.call.withFinal(null, null, null, now), f.extension);
        LOG.info("Call {} not in the PBX history after {} attempts; left to the history sync", f.call.callId(),
                HISTORY_BACKOFF.size());
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("Call tracking round failed", e);
        }
    }

    private void notifyChanged(TrackedCall call, String extension) {
        for (Subscription s : listeners) {
            if (s.hears(extension)) {
                s.listener().callChanged(call);
            }
        }
    }

    /** A listener and the one extension it follows, or null for every call. */
    private record Subscription(CallListener listener, String extension) {
        boolean hears(String callExtension) {
            return extension == null || extension.equals(callExtension);
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.cancel(false);
            poller = null;
        }
    }

    /** Mutable tracking state of one call; guarded by the tracker's lock. */
    private static final class Followed {
        TrackedCall call;
        final String extension;
        final String dialString;
        int misses;
        volatile boolean accepted;
        /** The sentence for a dial whose answer was lost, while it has not been seen on the PBX; else null. */
        volatile String unconfirmed;
        /** Told once whether the lost dial was found on the PBX; null when there is none or it was told. */
        java.util.function.Consumer<Boolean> unconfirmedResolved;
        int historyAttempt;
        Instant nextHistoryAt;

        Followed(TrackedCall call, String extension, String dialString) {
            this.call = call;
            this.extension = extension;
            this.dialString = dialString;
        }
    }
}
