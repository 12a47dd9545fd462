package br.com.jttelecom.console.service.board;

import br.com.jttelecom.console.model.OnlineCall;
import br.com.jttelecom.console.model.Operator;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.pabx.DirectoryMapper;
import br.com.jttelecom.console.pabx.OnlineCallMapper;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.service.PbxQueryFailed;
import br.com.jttelecom.console.service.accounts.LinkedOperator;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.accounts.VisibleActivity;
import br.com.jttelecom.console.service.calls.OnlineCallsFeed;
import br.com.jttelecom.console.service.operator.OperatorStates;
import br.com.jttelecom.console.store.OperatorSessionRepository.Span;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The supervisors' live board: every operator the viewer may see with their state and since when, the calls in
 * progress on their extensions and on extensions no console user works (nobody's calls, which a supervisor sees
 * as in the history), and the callers waiting in the queue.
 *
 * <p>It adds no poller of its own. The calls in progress come from the {@link OnlineCallsFeed} the call tracker
 * polls (an answer younger than the refresh interval is reused); the operator list ({@code listar_pessoas}) is
 * asked at most once per interval, and only while someone looks at the board. The PBX knows no wrap-up and no
 * "since": the operator timeline that each console writes ({@code operator_session}) gives both for the operators
 * who work a console on this database; for the others the board counts from when it first saw the state.
 */
public final class LiveBoard {

    private record Seen(OperatorState state, String reason, Instant since) {
    }

    private final PabxClient pbx;
    private final OnlineCallsFeed online;
    private final OperatorSpanQuery spans;
    private final Session session;
    private final Supplier<VisibleActivity> visible;
    private final BoardSettings settings;
    private final Clock clock;
    private final Map<String, Seen> seen = new HashMap<>();
    private List<Operator> roster = List.of();
    private Supplier<List<LinkedOperator>> linked = List::of;
    private Instant rosterAt;

    public LiveBoard(PabxClient pbx, OnlineCallsFeed online, OperatorSpanQuery spans, Session session,
                     Supplier<VisibleActivity> visible, BoardSettings settings, Clock clock) {
        this.pbx = Objects.requireNonNull(pbx, "pbx");
        this.online = Objects.requireNonNull(online, "online");
        this.spans = Objects.requireNonNull(spans, "spans");
        this.session = Objects.requireNonNull(session, "session");
        this.visible = Objects.requireNonNull(visible, "visible");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Which console user each PBX operator is (Operadores → vincular): a row names the person as the console
     * knows them, with the PBX's name beside it where the two differ. Asked at each snapshot.
     */
    public LiveBoard naming(Supplier<List<LinkedOperator>> linkedOperators) {
        this.linked = Objects.requireNonNull(linkedOperators, "linkedOperators");
        return this;
    }

    /**
     * The board now. Blocking (it may ask the PBX): call it off the UI thread.
     *
     * @throws PermissionDenied for an agent (the board is for supervisors and admins)
     * @throws PbxQueryFailed   when the PBX does not answer, with its Portuguese sentence
     */
    public synchronized BoardSnapshot snapshot() {
        Permissions.require(session, Permission.VIEW_LIVE_BOARD);
        VisibleActivity who = visible.get();
        Duration every = settings.refreshInterval();
        List<OnlineCall> calls;
        Instant callsAt;
        try {
            refreshRoster(every);
            calls = online.recent(every).stream().map(OnlineCallMapper::toOnlineCall).toList();
            callsAt = online.lastAnswerAt();
        } catch (PabxException e) {
            throw new PbxQueryFailed(e);
        }
        Instant now = clock.instant();
        Map<String, Span> open = new HashMap<>();
        spans.open().forEach(s -> open.put(s.operatorId(), s)); // ordered by start: the latest open span wins
        List<BoardSnapshot.Operator> operators = new ArrayList<>();
        Map<String, String> userNames = new HashMap<>();
        linked.get().forEach(l -> userNames.put(l.operatorId(), l.name()));
        for (Operator op : roster) {
            if (who.includesOperator(op.pbxId()) || who.includesExtension(op.extension())) {
                operators.add(row(op, nameOf(op, userNames.get(op.pbxId())), callOf(op, calls), open.get(op.pbxId()),
                        callsAt, now));
            }
        }
        operators.sort(Comparator.comparing(o -> o.name() == null ? "" : o.name().toLowerCase(Locale.ROOT)));
        List<BoardSnapshot.Call> inCall = new ArrayList<>();
        List<BoardSnapshot.Call> waiting = new ArrayList<>();
        for (OnlineCall c : calls) {
            if (c.queued()) {
                // A queued caller is no one's yet: every supervisor watching the queue sees it.
                waiting.add(call(c, null, callsAt, now));
            } else if (who.includesCallOn(c.extension())) {
                inCall.add(call(c, operatorName(c, userNames), callsAt, now));
            }
        }
        inCall.sort(Comparator.comparing(BoardSnapshot.Call::since));
        waiting.sort(Comparator.comparing(BoardSnapshot.Call::since));
        return new BoardSnapshot(now, operators, inCall, waiting, settings.pauseAlert(), every);
    }

    private void refreshRoster(Duration every) {
        Instant now = clock.instant();
        if (rosterAt == null || now.isAfter(rosterAt.plus(every))) {
            roster = pbx.listPeople(null).stream().map(DirectoryMapper::toOperator).toList();
            rosterAt = now;
        }
    }

    /** "Ana Souza (Mariana Costa)": the console user, then the PBX's name for the operator when it is another. */
    private static String nameOf(Operator op, String userName) {
        if (userName == null || userName.isBlank()) {
            return op.name();
        }
        return op.name() == null || op.name().isBlank() || op.name().equalsIgnoreCase(userName.strip()) ? userName
                : userName + " (" + op.name() + ")";
    }

    private BoardSnapshot.Operator row(Operator op, String name, OnlineCall call, Span span, Instant callsAt, Instant now) {
        OperatorState base = OperatorStates.fromPbx(op.pbxStatus());
        OperatorState state;
        if (call != null) {
            state = call.talking() ? OperatorState.TALKING : OperatorState.RINGING;
        } else if (op.onCall() && base != OperatorState.LOGGED_OUT) {
            state = OperatorState.TALKING;
        } else if (span != null && span.state() == OperatorState.WRAP_UP && base == OperatorState.AVAILABLE) {
            state = OperatorState.WRAP_UP; // the PBX sees a free operator; the console knows the notes are not done
        } else {
            state = base;
        }
        String reason = state != OperatorState.PAUSED ? null
                : op.pauseReason() != null ? op.pauseReason() : span != null ? span.reason() : null;
        Instant since = since(op.pbxId(), state, reason, span, call, callsAt, now);
        return new BoardSnapshot.Operator(op.pbxId(), name, op.extension(), state, reason, since,
                call == null ? null : call.customer());
    }

    /** The console's timeline when it agrees; else the last sighting of this same state; else the call's start; else now. */
    private Instant since(String id, OperatorState state, String reason, Span span, OnlineCall call, Instant callsAt,
                          Instant now) {
        Instant since;
        Seen before = seen.get(id);
        if (span != null && span.state() == state) {
            since = span.startedAt();
        } else if (before != null && before.state() == state && Objects.equals(before.reason(), reason)) {
            since = before.since();
        } else if (call != null) {
            since = callStart(call, callsAt, now);
        } else {
            since = now;
        }
        if (id != null) {
            seen.put(id, new Seen(state, reason, since));
        }
        return since;
    }

    /** The operator's call: on their extension, or (when the PBX named no extension) under their name. */
    private static OnlineCall callOf(Operator op, List<OnlineCall> calls) {
        for (OnlineCall c : calls) {
            if (c.queued()) {
                continue;
            }
            boolean byExtension = op.extension() != null && op.extension().equals(c.extension());
            boolean byName = c.extension() == null && op.name() != null && op.name().equalsIgnoreCase(c.operator());
            if (byExtension || byName) {
                return c;
            }
        }
        return null;
    }

    /** Who has the call, named as the operator rows are: found by extension, else by the PBX's name for them. */
    private String operatorName(OnlineCall c, Map<String, String> userNames) {
        return roster.stream().filter(o -> c.extension() != null && c.extension().equals(o.extension())
                        || c.operator() != null && c.operator().equalsIgnoreCase(o.name()))
                .findFirst().map(o -> nameOf(o, userNames.get(o.pbxId()))).orElse(c.operator());
    }

    private static BoardSnapshot.Call call(OnlineCall c, String operator, Instant callsAt, Instant now) {
        return new BoardSnapshot.Call(c.callId(), c.extension(), operator, c.customer(), c.direction(), c.talking(),
                callStart(c, callsAt, now));
    }

    /** The PBX's elapsed time counted back from when it answered (no clock or zone to trust); else its start date. */
    private static Instant callStart(OnlineCall c, Instant callsAt, Instant now) {
        if (c.elapsed() != null) {
            return (callsAt == null ? now : callsAt).minus(c.elapsed());
        }
        return c.started() != null ? c.started() : now;
    }
}
