package br.com.jttelecom.console.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.sim.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One click, one {@code discar_numero} at the simulator, whatever the PBX does to the dial — every fault kind
 * the simulator has (a new kind does not compile here until it has a row) — and however long the tracker goes on
 * following the call afterwards. Where the PBX carried the dial out, the call is found live; where it did not,
 * the call ends FAILED; nothing is ever dialled again.
 */
class DialOncePerClickUnderEveryFaultTest {

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

    /** What the dial meets, and what the click must come to. */
    private record Case(Fault fault, DialResult.Kind result, boolean pbxPlacedIt) {
    }

    private static Case caseFor(Fault.Kind kind) {
        return switch (kind) {
            case LATENCY -> new Case(Fault.latency(Duration.ofMillis(50)), DialResult.Kind.STARTED, true);
            case CONNECTION_RESET -> new Case(Fault.connectionReset(), DialResult.Kind.UNCONFIRMED, false);
            case RESET_AFTER_REQUEST -> new Case(Fault.resetAfterRequest(), DialResult.Kind.UNCONFIRMED, true);
            case HTTP_ERROR -> new Case(Fault.httpError(502), DialResult.Kind.FAILED, false);
            case TRUNCATED_JSON -> new Case(Fault.truncatedJson(), DialResult.Kind.UNCONFIRMED, true);
            case RATE_LIMITED -> new Case(Fault.rateLimited(1), DialResult.Kind.FAILED, false);
            case AUTH_REVOKED -> new Case(Fault.authRevokedAfter(0), DialResult.Kind.FAILED, false);
            case NEVER_ENDING_BODY -> new Case(Fault.neverEndingBody(), DialResult.Kind.UNCONFIRMED, false);
            case SLOW_DRIP -> new Case(Fault.slowDrip(Duration.ofMillis(100)), DialResult.Kind.UNCONFIRMED, false);
            case HUGE_BODY -> new Case(Fault.hugeBody(), DialResult.Kind.UNCONFIRMED, false);
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.Kind.class)
    void oneClickSendsOneDial(Fault.Kind kind) throws Exception {
        Case c = caseFor(kind);
        f.sim.faults().add(c.fault().onlyFor("discar_numero"));

        DialResult r = f.clickToCall.dialNumber("(11) 98765-4321").get(30, TimeUnit.SECONDS);

        assertThat(r.kind()).as(r.message()).isEqualTo(c.result());
        assertThat(f.sim.requestCount("discar_numero")).isEqualTo(1);
        f.sim.faults().clear(); // releases a never-ending answer; the tracker's polls then reach the PBX
        for (int round = 0; round < 4; round++) {
            f.advance(Duration.ofSeconds(2));
        }

        assertThat(f.sim.requestCount("discar_numero")).as("following the call never dials again").isEqualTo(1);
        CallStatus status = f.calls.findById(r.callId()).orElseThrow().status();
        if (c.pbxPlacedIt()) {
            assertThat(status).as("the call the PBX placed is followed").isEqualTo(CallStatus.IN_PROGRESS);
            assertThat(f.tracker.current()).anySatisfy(t -> {
                assertThat(t.callId()).isEqualTo(r.callId());
                assertThat(t.externalCallId()).isNotBlank();
            });
        } else {
            assertThat(status).as("no call on the PBX: it ends failed").isEqualTo(CallStatus.FAILED);
        }
    }
}
