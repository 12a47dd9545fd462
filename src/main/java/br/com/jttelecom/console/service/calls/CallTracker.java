package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The single writer of call status. Poll results, history records and webhooks are all {@link CallUpdate}s fed
 * to {@link #accept}; a phase never moves back and a repeated one is ignored, so sources may overlap and arrive out
 * of order.
 *
 * <p>One shared poller ({@link #start}) runs {@link #tick()}: it asks {@code listar_chamadas_online} only while a
 * call is live or the agent's extension is watched for inbound calls, and asks the history for ended calls on the
 * back-off the PBX's late indexing needs. Tests call {@link #tick()} themselves with a manual clock.
 *
 * <p>This class only composes the parts, each with one job: {@link FollowedCalls} (the calls and the rules they move
 * by, in memory), {@link CallStatusWriter} (the changes, their writes and the listeners, in order),
 * {@link OnlinePollRound} (the online list and inbound rings), {@link HistoryFollowUp} (the final records) and
 * {@link PollSchedule} (the pace).
 */
public final class CallTracker implements AutoCloseable {

    /** After the hang-up the PBX indexes the call late: wait, then retry on this schedule. */
    public static final List<Duration> HISTORY_BACKOFF = List.of(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofSeconds(45), Duration.ofSeconds(60));

    private final OnlineCallsFeed online;
    private final FollowedCalls followed = new FollowedCalls(HISTORY_BACKOFF);
    private final CallListeners listeners = new CallListeners();
    private final CallStatusWriter writer;
    private final OnlinePollRound onlineRound;
    private final HistoryFollowUp historyFollowUp;
    private final PollSchedule schedule = new PollSchedule(this::tick);

    public CallTracker(PabxClient pbx, CallRepository calls, CallEventRepository events, OnlineMatcher matcher,
                       Clock clock) {
        this.online = new OnlineCallsFeed(pbx, clock);
        this.writer = new CallStatusWriter(followed, calls, events, listeners, clock);
        this.onlineRound = new OnlinePollRound(online, matcher, followed, writer, clock);
        this.historyFollowUp = new HistoryFollowUp(new HistoryLookup(pbx), followed, writer, clock);
    }

    /** The online list this tracker polls, for other readers (the live board) to share instead of polling again. */
    public OnlineCallsFeed onlineFeed() {
        return online;
    }

    /** Runs {@link #tick()} on the shared scheduler every {@code interval}. */
    public void start(ScheduledExecutorService scheduler, Duration interval) {
        schedule.start(scheduler, interval);
    }

    /**
     * Polls every {@code next} from now on (Configurações saved another interval). The first round at
     * the new pace comes one new interval from now, so a shorter interval takes effect at once.
     */
    public void changeInterval(Duration next) {
        schedule.changeInterval(next);
    }

    /** The poll interval in use (null before {@link #start}). */
    public Duration interval() {
        return schedule.interval();
    }

    /** Hears every call this tracker follows, whoever's extension it is on (the stats, the history). */
    public void addListener(CallListener listener) {
        listeners.add(listener);
    }

    /**
     * Hears only the calls on {@code extension} (dialled from it, ringing it, or resumed for it): a signed-in
     * person's panel and operator state follow their own calls, never the previous user's that are still live.
     */
    public void addListener(String extension, CallListener listener) {
        listeners.add(listener, extension);
    }

    public void removeListener(CallListener listener) {
        listeners.remove(listener);
    }

    /** Listeners now registered: each signed-in session adds some and must take them away at sign-out. */
    public int listenerCount() {
        return listeners.count();
    }

    /** The calls followed now on {@code extension}, live or waiting for their history. */
    public List<TrackedCall> current(String extension) {
        return followed.current(extension);
    }

    /** Watch this extension for inbound calls (while the agent is logged in), or null to stop. */
    public void watchExtension(String extension) {
        onlineRound.watch(extension);
    }

    /**
     * Starts following a call the console just stored. A call in {@link CallPhase#DIALING} is not
     * missed from the online list until {@link #dialAccepted} says the PBX took it: a slow dial
     * answer must not end the call before it started.
     */
    public void follow(TrackedCall call, String extension, String dialString) {
        writer.follow(call, extension, dialString);
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
            followed.resume(new TrackedCall(c.id(), c.externalCallId(), c.leadId(), null, c.phoneNumber(),
                    c.direction(), CallPhase.DIALING, c.startTime(), null, null, null, null, null), c.extension());
        }
    }

    /** The calls followed now, live or waiting for their history. */
    public List<TrackedCall> current() {
        return followed.current();
    }

    /** Whether a call for this lead is live (dialling, ringing or talking). */
    public boolean leadInLiveCall(long leadId) {
        return followed.leadInLiveCall(leadId);
    }

    /**
     * A lead was saved with these phones (E.164): the followed calls from them that had no lead carry it
     * from now on, so the panel names the caller the agent just turned into a lead.
     */
    public void leadSaved(long leadId, String name, Collection<String> phones) {
        writer.leadSaved(leadId, name, phones);
    }

    /** The PBX refused or failed the dial: the call ends FAILED with the PBX's sentence. */
    public void dialFailed(long callId, String message) {
        writer.dialFailed(callId, message);
    }

    /**
     * The dial went out but its answer was lost: the PBX may have placed the call. It is looked for on the online
     * list like an accepted dial; if it never shows up there it ends FAILED with {@code message}. {@code resolved}
     * hears once whether it was found ({@code true}) or given up ({@code false}).
     */
    public void dialUnconfirmed(long callId, String message, Consumer<Boolean> resolved) {
        writer.dialUnconfirmed(callId, message, resolved);
    }

    /** The PBX accepted the dial, maybe with its {@code chamada_id}. */
    public void dialAccepted(long callId, String externalCallId) {
        writer.dialAccepted(callId, externalCallId);
    }

    /**
     * Applies one update: ignored when the call is already at or past that phase; otherwise writes the
     * {@code call_event}, stores what the report brings and tells the listeners.
     */
    public void accept(CallUpdate update) {
        writer.accept(update);
    }

    /** One round: the online list (when needed), then the history of ended calls that are due. */
    public void tick() {
        onlineRound.run();
        historyFollowUp.run();
    }

    @Override
    public void close() {
        schedule.close();
    }
}
