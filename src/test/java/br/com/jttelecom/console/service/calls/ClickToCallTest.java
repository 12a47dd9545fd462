package br.com.jttelecom.console.service.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.CircuitState;
import br.com.jttelecom.console.pabx.PabxUnavailable;
import br.com.jttelecom.console.sim.Fault;
import br.com.jttelecom.console.sim.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClickToCallTest {

    @TempDir
    Path dir;
    CallsFixture f;

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void dialStoresTheCallAndItsDialingEventBeforeTheRequestGoesOut() {
        long lead = f.lead("Ana Souza", "+5511987654321");
        DialResult r = f.clickToCall.dial(new DialTarget("+5511987654321", lead, "Ana Souza", null)).join();

        assertThat(r.kind()).isEqualTo(DialResult.Kind.STARTED);
        Call call = f.calls.findById(r.callId()).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(call.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(call.leadId()).isEqualTo(lead);
        assertThat(call.extension()).isEqualTo("201");
        assertThat(call.externalCallId()).isNotBlank();
        List<CallEvent> events = f.events.listForCall(r.callId());
        assertThat(events.get(0).eventType()).isEqualTo("dialing");
        RecordedRequest dial = f.sim.requests().stream().filter(q -> q.action().equals("discar_numero")).findFirst().orElseThrow();
        // Both clocks are the same manual clock: the event was written no later than the request arrived,
        // and the row existed when the answer came (it carries the PBX's chamada_id).
        assertThat(events.get(0).timestamp()).isBeforeOrEqualTo(dial.at());
        assertThat(dial.param("numero_destino")).isEqualTo("011987654321");
        assertThat(dial.param("numero_ramal_origem")).isEqualTo("201");
        assertThat(dial.params().toString()).contains("\"origem\":\"crm\"", "\"campanha\":\"demo\"",
                "\"lead_id\":\"" + lead + "\"");
    }

    @Test
    void doubleClickDialsOnce() {
        f.sim.faults().latency(Duration.ofMillis(300));
        CompletableFuture<DialResult> first = f.clickToCall.dialNumber("(11) 98765-4321");
        DialResult second = f.clickToCall.dialNumber("(11) 98765-4321").join();

        assertThat(second.kind()).isEqualTo(DialResult.Kind.ALREADY_DIALING);
        assertThat(first.join().kind()).isEqualTo(DialResult.Kind.STARTED);
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void concurrentClicksFromManyThreadsDialOnce() {
        f.sim.faults().latency(Duration.ofMillis(300));
        List<CompletableFuture<DialResult>> clicks = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> f.clickToCall.dialNumber("11987654321"), f.executor)
                        .thenCompose(x -> x))
                .toList();
        long started = clicks.stream().map(CompletableFuture::join).filter(DialResult::started).count();

        assertThat(started).isEqualTo(1);
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void clickOnALeadAlreadyInACallDoesNotDialAgain() {
        long lead = f.lead("Ana Souza", "+5511987654321");
        f.clickToCall.dial(new DialTarget("+5511987654321", lead, "Ana Souza", null)).join();

        DialResult again = f.clickToCall.dial(new DialTarget("+5511987654321", lead, "Ana Souza", null)).join();

        assertThat(again.kind()).isEqualTo(DialResult.Kind.ALREADY_DIALING);
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void invalidNumberSendsNothingAndSaysWhy() {
        DialResult r = f.clickToCall.dialNumber("12345").join();

        assertThat(r.kind()).isEqualTo(DialResult.Kind.INVALID_NUMBER);
        assertThat(r.message()).isNotBlank();
        assertThat(r.callId()).isNull();
        assertThat(f.sim.requestCount("discar_numero")).isZero();
    }

    @Test
    void refusedDialEndsFailedWithThePbxMessage() {
        f.sim.faults().httpError(503);
        DialResult r = f.clickToCall.dialNumber("11987654321").join();

        assertThat(r.kind()).isEqualTo(DialResult.Kind.FAILED);
        assertThat(r.message()).isNotBlank();
        Call call = f.calls.findById(r.callId()).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.FAILED);
        assertThat(call.hangupReason()).isEqualTo(r.message());
        assertThat(f.events.listForCall(r.callId())).extracting(CallEvent::eventType).containsExactly("dialing", "final");
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void aResetBeforeThePbxReadTheDialIsUnconfirmedThenFailedWhenTheCallNeverShowsUp() {
        f.sim.faults().connectionReset();
        DialResult r = f.clickToCall.dialNumber("11987654321").join();

        assertThat(r.kind()).isEqualTo(DialResult.Kind.UNCONFIRMED);
        assertThat(r.message()).contains("pode ter sido feita", "lista de chamadas");
        assertThat(f.calls.findById(r.callId()).orElseThrow().status()).as("not decided yet").isEqualTo(CallStatus.IN_PROGRESS);
        f.sim.faults().clear();
        f.advance(Duration.ofSeconds(3));
        f.advance(Duration.ofSeconds(3));

        Call call = f.calls.findById(r.callId()).orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.FAILED);
        assertThat(call.hangupReason()).isEqualTo(r.message());
        assertThat(f.events.listForCall(r.callId())).extracting(CallEvent::eventType)
                .containsExactly("dialing", "dial_unconfirmed", "final");
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void aResetAfterThePbxPlacedTheDialIsNotRetriedAndTheCallIsFoundRinging() {
        f.sim.faults().add(Fault.resetAfterRequest().onlyFor("discar_numero"));
        DialResult r = f.clickToCall.dialNumber("11987654321").join();

        assertThat(r.kind()).isEqualTo(DialResult.Kind.UNCONFIRMED);
        assertThat(r.message()).contains("Confira no ramal");
        f.advance(Duration.ofSeconds(1));
        f.advance(Duration.ofSeconds(3));

        TrackedCall live = f.tracker.current().stream().filter(c -> c.callId() == r.callId()).findFirst().orElseThrow();
        assertThat(live.phase().isLive()).isTrue();
        assertThat(live.externalCallId()).as("the PBX's own call, found on the online list").isNotBlank();
        assertThat(f.calls.findById(r.callId()).orElseThrow().status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(1);
    }

    @Test
    void aDialThatNeverLeftTheConsoleSaysNoCallWasPlaced() {
        // Failing reads open the circuit; a dial is then refused before anything is sent.
        f.sim.faults().add(Fault.httpError(503).onlyFor("listar_ramais"));
        for (int i = 0; i < 5 && f.pbx.circuitState() != CircuitState.OPEN; i++) {
            assertThatThrownBy(f.pbx::listExtensions).isInstanceOf(PabxUnavailable.class);
        }
        assertThat(f.pbx.circuitState()).isEqualTo(CircuitState.OPEN);
        DialResult r = f.clickToCall.dialNumber("11987654321").join();

        assertThat(r.kind()).isEqualTo(DialResult.Kind.FAILED);
        assertThat(r.message()).endsWith("Nenhuma chamada foi feita.");
        assertThat(f.sim.requestCount("discar_numero")).isZero();
    }

    @Test
    void afterAFailedDialTheNextClickDialsAgain() {
        f.sim.faults().httpError(503);
        f.clickToCall.dialNumber("11987654321").join();
        f.sim.faults().clear();

        assertThat(f.clickToCall.dialNumber("11987654321").join().kind()).isEqualTo(DialResult.Kind.STARTED);
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(2);
    }
}
