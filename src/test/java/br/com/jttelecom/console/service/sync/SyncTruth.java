package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.sim.CallOutcome;
import br.com.jttelecom.console.sim.CallTruth;
import br.com.jttelecom.console.sim.SimClock;
import br.com.jttelecom.console.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the store should hold for the PBX's truth, field by field, and a clock that follows the simulator's. */
final class SyncTruth {

    private SyncTruth() {
    }

    /** The fields a synced call must carry, as the store keeps them. */
    record Fields(String id, CallStatus status, Direction direction, String number, Instant start, Long talkSeconds,
                  Long waitSeconds, Long totalSeconds, String recording, String extension) {
    }

    static Fields expected(CallTruth t) {
        CallStatus status = switch (t.outcome()) {
            case ANSWERED -> CallStatus.COMPLETED;
            case NO_ANSWER, ABANDONED -> CallStatus.MISSED;
            case BUSY -> CallStatus.BUSY;
            case FAILED -> CallStatus.FAILED;
        };
        Direction direction = switch (t.direction()) {
            case INBOUND -> Direction.INBOUND;
            case OUTBOUND -> Direction.OUTBOUND;
            case INTERNAL -> Direction.INTERNAL;
        };
        long talk = (t.talkMillis() + 999) / 1000; // a started second counts, as in the PBX's duracao
        return new Fields(t.chamadaId(), status, direction,
                t.customerNumber() == null ? null : "+55" + t.customerNumber(), t.start(),
                t.outcome() == CallOutcome.ANSWERED ? talk : 0L, (long) t.waitSeconds(), t.totalSeconds(),
                t.recordingUrl(), t.extension());
    }

    static Fields stored(Call c) {
        CallTimes times = CallTimes.of(c);
        return new Fields(c.externalCallId(), c.status(), c.direction(), c.phoneNumber(), c.startTime(),
                times.talkSeconds(), times.waitSeconds(), times.totalSeconds(), c.recordingUrl(), c.extension());
    }

    /** Asserts the store holds exactly the visible truth: the same ids, and for each the same fields. */
    static void assertStoreEquals(Database database, List<CallTruth> truth) {
        Map<String, Fields> want = truth.stream().filter(CallTruth::visible)
                .collect(Collectors.toMap(CallTruth::chamadaId, SyncTruth::expected, (a, b) -> a, TreeMap::new));
        List<Call> calls = new ArrayList<>();
        database.jdbi().useHandle(h -> h.createQuery("SELECT id FROM calls").mapTo(Long.class).list()
                .forEach(id -> new br.com.jttelecom.console.store.calls.CallRepository(database.jdbi()).findById(id)
                        .ifPresent(calls::add)));
        Map<String, Fields> got = calls.stream()
                .collect(Collectors.toMap(Call::externalCallId, SyncTruth::stored, (a, b) -> {
                    throw new AssertionError("a PBX call stored twice: " + a.id());
                }, TreeMap::new));
        List<String> missing = want.keySet().stream().filter(id -> !got.containsKey(id)).toList();
        List<String> extra = got.keySet().stream().filter(id -> !want.containsKey(id)).toList();
        List<String> differing = want.keySet().stream().filter(got::containsKey)
                .filter(id -> !want.get(id).equals(got.get(id)))
                .map(id -> "\n  PBX:   " + want.get(id) + "\n  store: " + got.get(id)).toList();
        assertThat(missing).as("PBX calls not stored (%d of %d)", missing.size(), want.size()).isEmpty();
        assertThat(extra).as("stored calls the PBX does not list").isEmpty();
        assertThat(differing).as("calls stored with other fields (%d), the first: %s", differing.size(),
                differing.stream().limit(3).toList()).isEmpty();
    }

    /** A java.time clock that reads the simulator's, so the console and the PBX agree on "now". */
    static Clock following(SimClock sim) {
        return new br.com.jttelecom.console.sim.FollowingClock(sim);
    }
}
