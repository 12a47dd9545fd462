package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The calls a tracker follows and the rules they move by: a phase never goes back, a repeated one is ignored, a
 * dialled call is missed from the online list only a few polls after the PBX took it, an ended call waits for its
 * history on a back-off. Memory only: no database, no PBX, no listeners, no clock (times come in as arguments), so
 * its lock is never held while anything slow runs and readers such as the panel never wait for a write.
 */
final class FollowedCalls {

    /** A dialled call not yet seen online is given this many polls before it counts as ended. */
    static final int MISSES_BEFORE_ENDED = 2;
    /** How many final ids are remembered to recognise late duplicates; old ones are forgotten first. */
    private static final int FINISHED_KEPT = 1000;

    /** A call as it now is, and the extension whose listeners hear about it. */
    record Change(TrackedCall call, String extension) {
    }

    /** A live call as the online poll looks for it: by PBX id, else by extension and dialled number. */
    record Live(long callId, String externalCallId, String extension, String dialString) {
    }

    /** An ended call whose history record is due now. */
    record Due(long callId, String externalCallId, Instant startedAt) {
    }

    /** What an update would do; decided first, so the writes can run before the change is kept. */
    enum Step {
        /** Not followed, or already at or past that phase. */
        IGNORED,
        /** A final report for a call never followed here (a webhook): only its row is to be updated. */
        UNFOLLOWED_FINAL,
        /** Moves to a later live or ended phase: {@link #moveTo}. */
        MOVE,
        /** Becomes final once its report is stored: {@link #finish}. */
        FINISH
    }

    /**
     * What one poll that did not find a live call decides for it: wait, end it, or fail a dial whose answer was
     * lost (with its sentence and whoever waits to hear it was given up).
     */
    record Absence(boolean ended, String failedMessage, Consumer<Boolean> resolved) {
        static final Absence WAIT = new Absence(false, null, null);
        static final Absence ENDED = new Absence(true, null, null);

        boolean failed() {
            return failedMessage != null;
        }
    }

    private final List<Duration> historyBackoff;
    private final Map<Long, Followed> followed = new LinkedHashMap<>();
    /** Ids of calls already final, so a late duplicate (e.g. a second webhook) is recognised. */
    private final Map<Long, Boolean> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > FINISHED_KEPT;
        }
    };

    /** @param historyBackoff the wait before each history attempt after the hang-up (the PBX indexes late) */
    FollowedCalls(List<Duration> historyBackoff) {
        this.historyBackoff = List.copyOf(historyBackoff);
    }

    /** Follows a call just stored; one still {@link CallPhase#DIALING} is not missed until its dial is accepted. */
    synchronized void follow(TrackedCall call, String extension, String dialString) {
        Followed f = new Followed(call, extension, dialString);
        f.accepted = call.phase() != CallPhase.DIALING;
        followed.put(call.callId(), f);
    }

    /** Follows again a call resumed after a restart, unless it is followed already; the PBX had it, so it may be missed. */
    synchronized void resume(TrackedCall call, String extension) {
        Followed f = new Followed(call, extension, null);
        f.accepted = true;
        followed.putIfAbsent(call.callId(), f);
    }

    synchronized List<TrackedCall> current() {
        return followed.values().stream().map(f -> f.call).toList();
    }

    synchronized List<TrackedCall> current(String extension) {
        return followed.values().stream().filter(f -> extension.equals(f.extension)).map(f -> f.call).toList();
    }

    synchronized boolean leadInLiveCall(long leadId) {
        return followed.values().stream()
                .anyMatch(f -> f.call.phase().isLive() && f.call.leadId() != null && f.call.leadId() == leadId);
    }

    /** Whether a followed call has this PBX id: an inbound call already followed is not started twice. */
    synchronized boolean followsExternal(String externalId) {
        return followed.values().stream().anyMatch(f -> externalId.equals(f.call.externalCallId()));
    }

    /** Gives the lead to the followed calls from these phones that had none; returns the calls it named. */
    synchronized List<Change> nameLead(long leadId, String name, Collection<String> phones) {
        List<Change> named = new ArrayList<>();
        for (Followed f : followed.values()) {
            if (f.call.leadId() == null && f.call.number() != null && phones.contains(f.call.number())) {
                f.call = f.call.withLead(leadId, name);
                named.add(new Change(f.call, f.extension));
            }
        }
        return named;
    }

    /** The PBX took the dial: from now on the call may be missed. True when it brought a PBX id the call lacked. */
    synchronized boolean dialAccepted(long callId, String externalCallId) {
        Followed f = followed.get(callId);
        if (f == null) {
            return false;
        }
        f.accepted = true;
        if (externalCallId != null && f.call.externalCallId() == null) {
            f.call = f.call.withExternalId(externalCallId);
            return true;
        }
        return false;
    }

    /** The dial's answer was lost: the call is looked for as if accepted, and fails with {@code message} if never seen. */
    synchronized boolean dialUnconfirmed(long callId, String message, Consumer<Boolean> resolved) {
        Followed f = followed.get(callId);
        if (f == null) {
            return false;
        }
        f.accepted = true;
        f.unconfirmed = message;
        f.unconfirmedResolved = resolved;
        return true;
    }

    /** What {@code update} would do, without doing it. */
    synchronized Step decide(CallUpdate update) {
        Followed f = followed.get(update.callId());
        if (f == null) {
            boolean unknownFinal = !finished.containsKey(update.callId()) && update.report() != null
                    && update.phase() == CallPhase.FINAL;
            return unknownFinal ? Step.UNFOLLOWED_FINAL : Step.IGNORED;
        }
        if (update.phase().compareTo(f.call.phase()) <= 0) {
            return Step.IGNORED;
        }
        return update.phase() == CallPhase.FINAL ? Step.FINISH : Step.MOVE;
    }

    /** Keeps a non-final phase {@link #decide} allowed; on ENDED the history is due after the first wait. */
    synchronized Optional<Change> moveTo(long callId, CallPhase phase, Instant now) {
        Followed f = followed.get(callId);
        if (f == null || phase.compareTo(f.call.phase()) <= 0) {
            return Optional.empty();
        }
        f.call = f.call.withPhase(phase, now);
        if (phase == CallPhase.ENDED) {
            f.historyAttempt = 0;
            f.nextHistoryAt = now.plus(historyBackoff.get(0));
        }
        return Optional.of(new Change(f.call, f.extension));
    }

    /** Makes the call final with what its stored row says, stops following it and remembers it is done. */
    synchronized Optional<Change> finish(long callId, CallStatus status, CallTimes times, String message, Instant now) {
        finished.put(callId, Boolean.TRUE);
        Followed f = followed.remove(callId);
        if (f == null) {
            return Optional.empty();
        }
        f.call = f.call.withFinal(status, times, message, now);
        return Optional.of(new Change(f.call, f.extension));
    }

    /** The live calls, for one online poll. */
    synchronized List<Live> live() {
        return followed.values().stream().filter(f -> f.call.phase().isLive())
                .map(f -> new Live(f.call.callId(), f.call.externalCallId(), f.extension, f.dialString)).toList();
    }

    /**
     * The poll found the call: its misses start again, and a lost dial counts as found. Returns whoever waited to
     * hear that, when there is someone.
     */
    synchronized Optional<Consumer<Boolean>> seenOnline(long callId) {
        Followed f = followed.get(callId);
        if (f == null) {
            return Optional.empty();
        }
        f.misses = 0;
        return Optional.ofNullable(takeUnconfirmed(f));
    }

    /**
     * The poll did not find the call. A call past dialling has left the PBX: it ended. One still dialling is given
     * {@link #MISSES_BEFORE_ENDED} polls once the PBX took it (a lost dial then fails), and none before.
     */
    synchronized Absence missedOnline(long callId) {
        Followed f = followed.get(callId);
        if (f == null) {
            return Absence.WAIT; // finished meanwhile: nothing left to end
        }
        boolean dialing = f.call.phase() == CallPhase.DIALING;
        if (dialing && f.unconfirmed != null) {
            if (++f.misses < MISSES_BEFORE_ENDED) {
                return Absence.WAIT;
            }
            String message = f.unconfirmed;
            return new Absence(false, message, takeUnconfirmed(f));
        }
        if (!dialing || (f.accepted && ++f.misses >= MISSES_BEFORE_ENDED)) {
            return Absence.ENDED;
        }
        return Absence.WAIT;
    }

    /** Clears a lost dial's sentence and hands back its waiter once: the answer is told only one time. */
    private static Consumer<Boolean> takeUnconfirmed(Followed f) {
        if (f.unconfirmed == null) {
            return null;
        }
        Consumer<Boolean> resolved = f.unconfirmedResolved;
        f.unconfirmed = null;
        f.unconfirmedResolved = null;
        return resolved;
    }

    /** The ended calls whose next history attempt is due at {@code now}. */
    synchronized List<Due> dueForHistory(Instant now) {
        return followed.values().stream()
                .filter(f -> f.call.phase() == CallPhase.ENDED && f.nextHistoryAt != null && !now.isBefore(f.nextHistoryAt))
                .map(f -> new Due(f.call.callId(), f.call.externalCallId(), f.call.startedAt())).toList();
    }

    /**
     * The history did not have the call yet: the next attempt waits the next step of the back-off. Past the last
     * one the call is no longer followed (the history sync settles it) and is returned ended with no result, so the
     * panel stops waiting for one.
     */
    synchronized Optional<Change> historyMissed(long callId, Instant now) {
        Followed f = followed.get(callId);
        if (f == null) {
            return Optional.empty();
        }
        f.historyAttempt++;
        if (f.historyAttempt < historyBackoff.size()) {
            f.nextHistoryAt = now.plus(historyBackoff.get(f.historyAttempt));
            return Optional.empty();
        }
        followed.remove(callId);
        return Optional.of(new Change(f.call.withFinal(null, null, null, now), f.extension));
    }

    /** The history attempts a call gets before it is left to the history sync. */
    int historyAttempts() {
        return historyBackoff.size();
    }

    /** Mutable tracking state of one call; guarded by the lock of the {@link FollowedCalls} that holds it. */
    private static final class Followed {
        TrackedCall call;
        final String extension;
        final String dialString;
        int misses;
        boolean accepted;
        /** The sentence for a dial whose answer was lost, while it has not been seen on the PBX; else null. */
        String unconfirmed;
        /** Told once whether the lost dial was found on the PBX; null when there is none or it was told. */
        Consumer<Boolean> unconfirmedResolved;
        int historyAttempt;
        Instant nextHistoryAt;

        Followed(TrackedCall call, String extension, String dialString) {
            this.call = call;
            this.extension = extension;
            this.dialString = dialString;
        }
    }
}
