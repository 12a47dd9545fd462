package br.com.jttelecom.console.service.calls;

import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of {@code listar_chamadas_online}: moves each live call to the phase the PBX shows, ends the ones that
 * left the list, and starts following inbound calls ringing the watched extension. The PBX is asked only while a
 * call is live or an extension is watched, so an idle console costs the PBX nothing.
 */
final class OnlinePollRound {

    /** Logged under the tracker's name, as before it was split, so the log reads and filters the same. */
    private static final Logger LOG = LoggerFactory.getLogger(CallTracker.class);

    private final OnlineCallsFeed online;
    private final OnlineMatcher matcher;
    private final FollowedCalls followed;
    private final CallStatusWriter writer;
    private final Clock clock;
    /** Set from the sign-in thread, read by the poller: volatile, and read once per round. */
    private volatile String watchedExtension;

    OnlinePollRound(OnlineCallsFeed online, OnlineMatcher matcher, FollowedCalls followed, CallStatusWriter writer,
                    Clock clock) {
        this.online = online;
        this.matcher = matcher;
        this.followed = followed;
        this.writer = writer;
        this.clock = clock;
    }

    /** Watch this extension for inbound calls (while the agent is logged in), or null to stop. */
    void watch(String extension) {
        this.watchedExtension = extension;
    }

    void run() {
        String ext = watchedExtension;
        List<FollowedCalls.Live> live = followed.live();
        if (live.isEmpty() && ext == null) {
            return;
        }
        List<OnlineCallRecord> now;
        try {
            now = online.fetch();
        } catch (PabxException e) {
            LOG.debug("Online poll failed: {}", e.getMessage());
            return; // the next tick tries again; a missed poll must not end a call
        }
        OnlineMatcher.Index index = matcher.index(now);
        for (FollowedCalls.Live call : live) {
            Optional<OnlineCallRecord> match = index.find(call.externalCallId(), call.extension(), call.dialString());
            if (match.isPresent()) {
                found(call, match.get());
            } else {
                missed(call);
            }
        }
        if (ext != null) {
            startInbound(index, ext);
        }
    }

    private void found(FollowedCalls.Live call, OnlineCallRecord r) {
        if (call.externalCallId() == null && r.chamadaId() != null) {
            writer.dialAccepted(call.callId(), r.chamadaId()); // matched by number: now the call has its PBX id
        }
        // A lost dial went through: the PBX has the call.
        followed.seenOnline(call.callId()).ifPresent(resolved -> resolved.accept(true));
        writer.accept(new CallUpdate(call.callId(), CallPhase.fromOnlineState(r.state()), null, "poll"));
    }

    private void missed(FollowedCalls.Live call) {
        FollowedCalls.Absence absence = followed.missedOnline(call.callId());
        if (absence.failed()) {
            if (absence.resolved() != null) {
                absence.resolved().accept(false);
            }
            writer.dialFailed(call.callId(), absence.failedMessage()); // the lost dial never reached the PBX's calls
        } else if (absence.ended()) {
            writer.accept(new CallUpdate(call.callId(), CallPhase.ENDED, null, "poll"));
        }
    }

    private void startInbound(OnlineMatcher.Index index, String ext) {
        for (OnlineCallRecord r : index.inboundTo(ext)) {
            if (!knows(r.chamadaId())) {
                matcher.inbound(r, ext, clock.instant()).ifPresent(writer::inboundRinging);
            }
        }
    }

    /** Already followed, or already stored (by an earlier round or the history sync): not a new ring. */
    private boolean knows(String externalId) {
        return externalId == null || followed.followsExternal(externalId) || matcher.knownExternal(externalId);
    }
}
