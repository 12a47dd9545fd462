package br.com.jttelecom.console.sim;

import java.time.Instant;

/** Shared set-up: a simulator on a manual clock at 21/08/2026 13:00 (São Paulo), on a free port. */
final class SimTestSupport {

    static final Instant T0 = Instant.parse("2026-08-21T16:00:00Z");
    static final String TODAY = "21/08/2026";

    private SimTestSupport() {
    }

    static SimulatorBuilder manual(ManualClock clock) {
        return PbxSimulator.builder().user("api@loja.com.br").token("0b7c5d2e-1f00-4a4a-9c9c-123456789abc")
                .seed(7L).clock(clock).callTiming(CallTiming.defaults().withTalk(java.time.Duration.ofSeconds(30)));
    }

    static PbxSimulator started(ManualClock clock) {
        return manual(clock).build().start(0);
    }
}
