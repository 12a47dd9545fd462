package br.com.jttelecom.console.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallTrackerTest {

    @TempDir
    Path dir;
    CallsFixture f;
    final List<TrackedCall> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        f.tracker.addListener(seen::add);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void followsACallThroughRingingTalkingEndedAndTheHistoryFinalStatus() {
        long id = f.clickToCall.dialNumber("11987654321").join().callId();

        f.advance(Duration.ofSeconds(1));   // extension rings
        f.advance(Duration.ofSeconds(3));   // customer rings
        f.advance(Duration.ofSeconds(6));   // talking
        f.advance(Duration.ofSeconds(31));  // hung up: left the online list
        assertThat(f.calls.findById(id).orElseThrow().status()).isEqualTo(CallStatus.IN_PROGRESS);
        f.advance(Duration.ofSeconds(10));  // history indexed after its delay, first attempt due

        Call call = f.calls.findById(id).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.duration()).isPositive();
        assertThat(call.recordingUrl()).isNotBlank();
        assertThat(f.events.listForCall(id)).extracting(CallEvent::eventType)
                .containsExactly("dialing", "ringing_extension", "ringing_customer", "answered", "ended", "final");
        assertThat(seen).extracting(TrackedCall::phase).contains(CallPhase.TALKING, CallPhase.FINAL);
        assertThat(f.tracker.current()).isEmpty();
    }

    /** The panel's final figures are the PBX's, by the same rule as the history and the API: not the console's clock. */
    @Test
    void theFinalCallCarriesThePbxTotalTalkAndWaitOfTheStoredRecord() {
        long id = f.clickToCall.dialNumber("11987654321").join().callId();
        f.advance(Duration.ofSeconds(1));
        f.advance(Duration.ofSeconds(3));
        f.advance(Duration.ofSeconds(6));
        f.advance(Duration.ofSeconds(31));
        f.advance(Duration.ofSeconds(10));

        Call stored = f.calls.findById(id).orElseThrow();
        TrackedCall last = seen.get(seen.size() - 1);
        assertThat(last.phase()).isEqualTo(CallPhase.FINAL);
        assertThat(last.times()).isEqualTo(CallTimes.of(stored));
        assertThat(last.timesAt(java.time.Instant.MAX)).isEqualTo(CallTimes.of(stored));
        assertThat(last.times().talkTime()).isEqualTo(stored.talkTime()).isPositive();
        assertThat(last.times().waitTime()).isEqualTo(stored.duration().minus(stored.talkTime())).isPositive();
    }

    @Test
    void busyNumberEndsBusyFromTheHistory() {
        long id = f.clickToCall.dialNumber("11987654320").join().callId();
        for (int i = 0; i < 8; i++) {
            f.advance(Duration.ofSeconds(5));
        }
        f.advance(Duration.ofSeconds(15));
        assertThat(f.calls.findById(id).orElseThrow().status()).isEqualTo(CallStatus.BUSY);
    }

    @Test
    void historyIndexedLateIsRetriedWithBackOff() {
        long id = f.clickToCall.dialNumber("11987654321").join().callId();
        f.advance(Duration.ofSeconds(10));  // talking
        f.advance(Duration.ofSeconds(31));  // ended
        long before = f.sim.requestCount("listar_historico_chamada");
        f.advance(Duration.ofSeconds(5));   // first attempt not due yet (10 s after the end)
        assertThat(f.sim.requestCount("listar_historico_chamada")).isEqualTo(before);

        f.sim.faults().httpError(503);      // the PBX fails the first attempt
        f.advance(Duration.ofSeconds(5));
        assertThat(f.sim.requestCount("listar_historico_chamada")).isGreaterThan(before);
        f.sim.faults().clear();
        assertThat(f.calls.findById(id).orElseThrow().status()).isEqualTo(CallStatus.IN_PROGRESS);
        long afterFirst = f.sim.requestCount("listar_historico_chamada");

        f.advance(Duration.ofSeconds(10));  // the second attempt waits 15 s
        assertThat(f.sim.requestCount("listar_historico_chamada")).isEqualTo(afterFirst);
        f.advance(Duration.ofSeconds(5));
        assertThat(f.calls.findById(id).orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void notesSurviveARestartMidCallAndTheCallIsFollowedAgain() {
        long id = f.clickToCall.dialNumber("11987654321").join().callId();
        f.advance(Duration.ofSeconds(10));  // talking
        f.notes.saveLater(id, "cliente pediu proposta");
        f.notes.flush(id);                  // what the 300 ms debounce would have done before the crash

        f.restart();                        // database closed and reopened, new services
        f.tracker.resume(f.notes.inProgressSince(CallsFixture.T0.minusSeconds(60), f.clock.instant()));
        assertThat(f.notes.load(id)).isEqualTo("cliente pediu proposta");
        f.advance(Duration.ofSeconds(2));
        assertThat(f.tracker.current()).singleElement().extracting(TrackedCall::phase).isEqualTo(CallPhase.TALKING);
        f.advance(Duration.ofSeconds(31));
        f.advance(Duration.ofSeconds(10));

        Call call = f.calls.findById(id).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.notes()).isEqualTo("cliente pediu proposta");
    }

    @Test
    void duplicateAndBackwardUpdatesAreIgnored() {
        long id = f.clickToCall.dialNumber("11987654321").join().callId();
        f.advance(Duration.ofSeconds(10)); // talking
        int events = f.events.listForCall(id).size();

        f.tracker.accept(new CallUpdate(id, CallPhase.TALKING, null, "webhook"));
        f.tracker.accept(new CallUpdate(id, CallPhase.RINGING_CUSTOMER, null, "webhook"));

        assertThat(f.events.listForCall(id)).hasSize(events);
        assertThat(f.tracker.current()).singleElement().extracting(TrackedCall::phase).isEqualTo(CallPhase.TALKING);
    }

    @Test
    void aFinalCallNeverReturnsToRinging() {
        f.sim.faults().httpError(503);
        long id = f.clickToCall.dialNumber("11987654321").join().callId();
        f.sim.faults().clear();

        f.tracker.accept(new CallUpdate(id, CallPhase.RINGING_EXTENSION, null, "webhook"));

        assertThat(f.calls.findById(id).orElseThrow().status()).isEqualTo(CallStatus.FAILED);
        assertThat(f.events.listForCall(id)).extracting(CallEvent::eventType).containsExactly("dialing", "final");
    }

    @Test
    void noOnlinePollWhenNothingIsFollowed() {
        f.advance(Duration.ofSeconds(2));
        assertThat(f.sim.requestCount("listar_chamadas_online")).isZero();
    }

    @Test
    void aListenerOfOneExtensionHearsOnlyTheCallsOnIt() {
        List<TrackedCall> on201 = new CopyOnWriteArrayList<>();
        List<TrackedCall> on202 = new CopyOnWriteArrayList<>();
        f.tracker.addListener("201", on201::add);
        CallListener listenerOf202 = on202::add;
        f.tracker.addListener("202", listenerOf202);

        long id = f.clickToCall.dialNumber("11987654321").join().callId(); // the fixture's agent dials from 201
        f.advance(Duration.ofSeconds(1));
        f.advance(Duration.ofSeconds(3));

        assertThat(on201).isNotEmpty().allSatisfy(c -> assertThat(c.callId()).isEqualTo(id));
        assertThat(on202).isEmpty();
        assertThat(f.tracker.current("201")).extracting(TrackedCall::callId).containsExactly(id);
        assertThat(f.tracker.current("202")).isEmpty();
        int before = f.tracker.listenerCount();
        f.tracker.removeListener(listenerOf202);
        assertThat(f.tracker.listenerCount()).isEqualTo(before - 1);
    }

    @Test
    void inboundCallFromAKnownLeadRaisesAScreenPop() {
        List<InboundRing> rings = new CopyOnWriteArrayList<>();
        f.tracker.addListener(new CallListener() {
            @Override
            public void callChanged(TrackedCall call) {
            }

            @Override
            public void inboundRinging(InboundRing ring) {
                rings.add(ring);
            }
        });
        f.operator.login();
        f.tracker.watchExtension("201");
        f.sim.inboundTraffic(Duration.ofSeconds(20));
        for (int i = 0; i < 60 && rings.isEmpty(); i++) {
            f.advance(Duration.ofSeconds(2));
        }
        assertThat(rings).isNotEmpty();
        InboundRing ring = rings.get(0);
        Call call = f.calls.findById(ring.callId()).orElseThrow();
        assertThat(call.direction()).isEqualTo(br.com.jttelecom.console.model.Direction.INBOUND);
        assertThat(call.externalCallId()).isNotBlank();
        assertThat(ring.knownLead()).isFalse();
    }

    @Test
    void inboundCallFromAKnownLeadPopsUpWithTheLeadsName() {
        f.sim.seedDemoCompany();
        for (var demo : f.sim.demoLeads()) {
            f.lead(demo.name(), f.phones.parse(demo.phone()).e164());
        }
        List<InboundRing> rings = new CopyOnWriteArrayList<>();
        f.tracker.addListener(new CallListener() {
            @Override
            public void callChanged(TrackedCall call) {
            }

            @Override
            public void inboundRinging(InboundRing ring) {
                rings.add(ring);
            }
        });
        f.operator.login();
        f.tracker.watchExtension("201");
        f.sim.inboundTraffic(Duration.ofSeconds(10));
        for (int i = 0; i < 300 && rings.isEmpty(); i++) {
            f.advance(Duration.ofSeconds(2));
        }

        assertThat(rings).isNotEmpty();
        InboundRing ring = rings.get(0);
        assertThat(ring.knownLead()).isTrue();
        assertThat(ring.leadName()).isNotBlank();
        assertThat(f.calls.findById(ring.callId()).orElseThrow().leadId()).isEqualTo(ring.leadId());
        assertThat(f.operator.status().state()).isIn(br.com.jttelecom.console.model.OperatorState.RINGING,
                br.com.jttelecom.console.model.OperatorState.TALKING);
    }

    @Test
    void aLeadSavedForTheNumberOfALiveCallNamesTheCaller() {
        long id = f.clickToCall.dialNumber("11987654321").join().callId();
        f.advance(Duration.ofSeconds(10)); // talking
        seen.clear();

        f.tracker.leadSaved(42L, "Padaria Nova", List.of("+5511987654321"));
        f.tracker.leadSaved(43L, "Outro", List.of("+5511999990000"));

        assertThat(f.tracker.current()).singleElement().satisfies(c -> {
            assertThat(c.leadId()).isEqualTo(42L);
            assertThat(c.leadName()).isEqualTo("Padaria Nova");
            assertThat(c.phase()).isEqualTo(CallPhase.TALKING);
        });
        assertThat(seen).extracting(TrackedCall::callId).containsExactly(id);
    }
}
