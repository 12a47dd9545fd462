package br.com.jttelecom.console.service.operator;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.service.calls.RingOutcomes;
import br.com.jttelecom.console.service.calls.TrackedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auto-pause against the simulator's queue traffic, on the simulated clock. */
class AutoPauseTest {

    private static final int AGENT = 1; // the simulator's operator on extension 201, the agent's default

    @TempDir
    Path dir;
    CallsFixture f;
    AutoPause autoPause;
    final List<String> answered = new CopyOnWriteArrayList<>();
    final List<String> unanswered = new CopyOnWriteArrayList<>();
    final List<String> paused = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        RingOutcomes rings = new RingOutcomes();
        f.tracker.addListener(rings);
        autoPause = new AutoPause(f.operator, f.agent, Runnable::run);
        rings.addListener(autoPause);
        f.operator.addListener(autoPause);
        rings.addListener(new RingOutcomes.Listener() {
            @Override
            public void answered(TrackedCall call) {
                answered.add(call.externalCallId());
            }

            @Override
            public void unanswered(TrackedCall call) {
                unanswered.add(call.externalCallId());
            }
        });
        autoPause.addListener(new AutoPause.Listener() {
            @Override
            public void autoPaused(String reason, int rings) {
                paused.add(reason + " after " + rings);
            }

            @Override
            public void autoPauseFailed(String reason, br.com.jttelecom.console.i18n.Localized problem) {
                paused.add("failed: " + problem);
            }
        });
        f.operator.login();
        f.tracker.watchExtension(f.agent.extension());
        f.sim.inboundTraffic(Duration.ofSeconds(40));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void threeUnansweredRingsInARowPauseTheAgentWithTheConfiguredReason() {
        f.settings.put(AgentSettings.AUTO_PAUSE_RINGS, "3");
        f.sim.operatorAway(AGENT, true);

        runUntil(() -> f.operator.status().state() == OperatorState.PAUSED);

        assertThat(unanswered).hasSize(3);
        assertThat(paused).containsExactly("Ausente after 3");
        assertThat(f.sim.requests().stream().filter(r -> r.action().equals("pausar_operador")))
                .singleElement().satisfies(r -> assertThat(r.param("motivo_pausa")).isEqualTo("Ausente"));
        assertThat(f.operator.status().reason()).isEqualTo("Ausente");
    }

    @Test
    void anAnsweredRingStartsTheCountAgain() {
        f.settings.put(AgentSettings.AUTO_PAUSE_RINGS, "2");
        f.settings.put(AgentSettings.AUTO_PAUSE_REASON, "Sem resposta");
        f.sim.operatorAway(AGENT, true);
        runUntil(() -> unanswered.size() == 1);

        f.sim.operatorAway(AGENT, false);
        runUntil(() -> answered.size() == 1);
        assertThat(autoPause.unansweredInARow()).isZero();

        f.sim.operatorAway(AGENT, true);
        runUntil(() -> unanswered.size() == 2);
        assertThat(f.operator.status().state()).as("one miss since the answer").isNotEqualTo(OperatorState.PAUSED);
        assertThat(f.sim.requestCount("pausar_operador")).isZero();

        runUntil(() -> f.operator.status().state() == OperatorState.PAUSED);
        assertThat(unanswered).hasSize(3);
        assertThat(paused).containsExactly("Sem resposta after 2");
    }

    @Test
    void zeroRingsLeavesTheAgentInTheQueue() {
        f.sim.operatorAway(AGENT, true);
        runUntil(() -> unanswered.size() == 4);

        assertThat(f.operator.status().state()).isNotEqualTo(OperatorState.PAUSED);
        assertThat(f.sim.requestCount("pausar_operador")).isZero();
        assertThat(paused).isEmpty();
    }

    /** Moves both clocks two seconds at a time (the console's poll) until the condition holds; at most two simulated hours. */
    private void runUntil(BooleanSupplier done) {
        for (int i = 0; i < 3600 && !done.getAsBoolean(); i++) {
            f.advance(Duration.ofSeconds(2));
        }
        assertThat(done.getAsBoolean()).as("reached within two simulated hours").isTrue();
    }
}
