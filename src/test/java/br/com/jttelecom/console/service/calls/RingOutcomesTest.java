package br.com.jttelecom.console.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each inbound ring is decided once: answered when seen talking, unanswered when it ends without. */
class RingOutcomesTest {

    private static final Instant T = Instant.parse("2026-11-02T13:00:00Z");

    private final RingOutcomes rings = new RingOutcomes();
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void listen() {
        rings.addListener(new RingOutcomes.Listener() {
            @Override
            public void answered(TrackedCall call) {
                heard.add(call.callId() + " answered");
            }

            @Override
            public void unanswered(TrackedCall call) {
                heard.add(call.callId() + " unanswered");
            }
        });
    }

    private static TrackedCall call(long id, Direction direction, CallPhase phase, Instant answeredAt, CallStatus status) {
        return new TrackedCall(id, "x" + id, null, null, "+5511987654321", direction, phase, T, answeredAt, null, status,
                null, null);
    }

    @Test
    void aRingThatTalksIsAnsweredOnceWhateverFollows() {
        rings.callChanged(call(1, Direction.INBOUND, CallPhase.RINGING_EXTENSION, null, null));
        rings.callChanged(call(1, Direction.INBOUND, CallPhase.TALKING, T, null));
        rings.callChanged(call(1, Direction.INBOUND, CallPhase.ENDED, T, null));
        rings.callChanged(call(1, Direction.INBOUND, CallPhase.FINAL, T, CallStatus.COMPLETED));
        assertThat(heard).containsExactly("1 answered");
    }

    @Test
    void aRingThatEndsWithoutTalkingIsUnansweredOnce() {
        rings.callChanged(call(2, Direction.INBOUND, CallPhase.RINGING_EXTENSION, null, null));
        rings.callChanged(call(2, Direction.INBOUND, CallPhase.ENDED, null, null));
        rings.callChanged(call(2, Direction.INBOUND, CallPhase.FINAL, null, CallStatus.MISSED));
        assertThat(heard).containsExactly("2 unanswered");
    }

    @Test
    void aFinalStatusAloneDecides() {
        rings.callChanged(call(3, Direction.INBOUND, CallPhase.FINAL, null, CallStatus.COMPLETED));
        rings.callChanged(call(4, Direction.INBOUND, CallPhase.FINAL, null, CallStatus.MISSED));
        assertThat(heard).containsExactly("3 answered", "4 unanswered");
    }

    @Test
    void callsTheAgentDialledAreNoRings() {
        rings.callChanged(call(5, Direction.OUTBOUND, CallPhase.ENDED, null, null));
        assertThat(heard).isEmpty();
    }
}
