package br.com.jttelecom.console.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracker's rules on their own: memory only, so no PBX, database or clock is needed to check them. */
class FollowedCallsTest {

    static final Instant T0 = Instant.parse("2026-08-21T16:00:00Z");
    final FollowedCalls calls = new FollowedCalls(List.of(Duration.ofSeconds(10), Duration.ofSeconds(15)));

    static TrackedCall dialing(long id) {
        return new TrackedCall(id, null, null, null, "+5511987654321", Direction.OUTBOUND, CallPhase.DIALING, T0,
                null, null, null, null, null);
    }

    static CallUpdate update(long id, CallPhase phase) {
        return new CallUpdate(id, phase, null, "poll");
    }

    @Test
    void aPhaseNeverMovesBackAndARepeatedOneIsIgnored() {
        calls.follow(dialing(1), "201", "11987654321");
        assertThat(calls.decide(update(1, CallPhase.TALKING))).isEqualTo(FollowedCalls.Step.MOVE);
        calls.moveTo(1, CallPhase.TALKING, T0.plusSeconds(5));

        assertThat(calls.decide(update(1, CallPhase.TALKING))).isEqualTo(FollowedCalls.Step.IGNORED);
        assertThat(calls.decide(update(1, CallPhase.RINGING_CUSTOMER))).isEqualTo(FollowedCalls.Step.IGNORED);
        assertThat(calls.moveTo(1, CallPhase.RINGING_CUSTOMER, T0.plusSeconds(6))).isEmpty();
        assertThat(calls.current()).singleElement().extracting(TrackedCall::phase).isEqualTo(CallPhase.TALKING);
    }

    @Test
    void aFinishedCallIsForgottenButItsLateDuplicatesAreRecognised() {
        calls.follow(dialing(1), "201", "11987654321");
        assertThat(calls.decide(update(1, CallPhase.FINAL))).isEqualTo(FollowedCalls.Step.FINISH);
        assertThat(calls.finish(1, null, null, null, T0)).isPresent();

        assertThat(calls.current()).isEmpty();
        CallUpdate lateWebhook = new CallUpdate(1, CallPhase.FINAL, Reports.failed(1, "x", T0), "webhook");
        assertThat(calls.decide(lateWebhook)).isEqualTo(FollowedCalls.Step.IGNORED);
        CallUpdate neverFollowed = new CallUpdate(2, CallPhase.FINAL, Reports.failed(2, "x", T0), "webhook");
        assertThat(calls.decide(neverFollowed)).isEqualTo(FollowedCalls.Step.UNFOLLOWED_FINAL);
    }

    @Test
    void aDialIsMissedOnlyAfterThePbxTookItAndOnlyAfterTwoPolls() {
        calls.follow(dialing(1), "201", "11987654321");
        assertThat(calls.missedOnline(1).ended()).isFalse();
        assertThat(calls.missedOnline(1).ended()).isFalse(); // not accepted yet: a slow dial answer never ends it

        calls.dialAccepted(1, null);
        assertThat(calls.missedOnline(1).ended()).isFalse();
        assertThat(calls.missedOnline(1).ended()).isTrue();
    }

    @Test
    void aLostDialFailsOnceAfterTwoMissesAndItsWaiterHearsOnce() {
        List<Boolean> heard = new ArrayList<>();
        calls.follow(dialing(1), "201", "11987654321");
        calls.dialUnconfirmed(1, "sem resposta", heard::add);

        assertThat(calls.missedOnline(1).failed()).isFalse();
        FollowedCalls.Absence second = calls.missedOnline(1);
        assertThat(second.failed()).isTrue();
        assertThat(second.failedMessage()).isEqualTo("sem resposta");
        second.resolved().accept(false);
        assertThat(calls.seenOnline(1)).isEmpty(); // already told: the waiter is not told again
        assertThat(heard).containsExactly(false);
    }

    @Test
    void anEndedCallIsAskedForItsHistoryOnTheBackOffThenGivenUp() {
        calls.follow(dialing(1).withExternalId("abc"), "201", null);
        calls.moveTo(1, CallPhase.ENDED, T0);
        assertThat(calls.dueForHistory(T0.plusSeconds(9))).isEmpty();
        assertThat(calls.dueForHistory(T0.plusSeconds(10))).extracting(FollowedCalls.Due::callId).containsExactly(1L);

        assertThat(calls.historyMissed(1, T0.plusSeconds(10))).isEmpty();
        assertThat(calls.dueForHistory(T0.plusSeconds(24))).isEmpty();
        assertThat(calls.dueForHistory(T0.plusSeconds(25))).hasSize(1);

        assertThat(calls.historyMissed(1, T0.plusSeconds(25))).hasValueSatisfying(gaveUp -> {
            assertThat(gaveUp.call().phase()).isEqualTo(CallPhase.FINAL);
            assertThat(gaveUp.call().finalStatus()).isNull();
            assertThat(gaveUp.extension()).isEqualTo("201");
        });
        assertThat(calls.current()).isEmpty();
    }
}
