package br.com.jttelecom.console.ui.tray;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.service.calls.RingOutcomes;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import br.com.jttelecom.console.ui.call.OperatorViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tray's state and missed-calls count against the simulator's queue, with no tray at all. */
class TrayViewModelTest {

    private static final int AGENT = 1;

    @TempDir
    Path dir;
    CallsFixture f;
    OperatorViewModel operator;
    TrayViewModel tray;
    final java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger unanswered = new java.util.concurrent.atomic.AtomicInteger();
    final SimpleBooleanProperty pbxDown = new SimpleBooleanProperty();

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        RingOutcomes rings = new RingOutcomes();
        f.tracker.addListener(rings);
        operator = new OperatorViewModel(Messages.portuguese(), f.operator, new InlineTaskRunner(), f.clock);
        tray = new TrayViewModel(Messages.portuguese(), operator, new InlineTaskRunner(), pbxDown);
        rings.addListener(tray);
        rings.addListener(new RingOutcomes.Listener() {
            @Override
            public void answered(br.com.jttelecom.console.service.calls.TrackedCall call) {
                answered.incrementAndGet();
            }

            @Override
            public void unanswered(br.com.jttelecom.console.service.calls.TrackedCall call) {
                unanswered.incrementAndGet();
            }
        });
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void showsTheAgentsStateInItsTooltip() {
        assertThat(tray.tooltipProperty().get()).isEqualTo("JT Console — deslogado");
        operator.login();
        assertThat(tray.tooltipProperty().get()).isEqualTo("JT Console — disponível");
        assertThat(tray.canPauseProperty().get()).isTrue();
        assertThat(tray.canUnpauseProperty().get()).isFalse();
    }

    @Test
    void countsTheInboundCallsThatRangUnansweredUntilTheAgentLooks() {
        operator.login();
        f.tracker.watchExtension(f.agent.extension());
        f.sim.inboundTraffic(Duration.ofSeconds(40));
        f.sim.operatorAway(AGENT, true);
        runUntil(() -> tray.missedProperty().get() == 2);

        assertThat(tray.missedTextProperty().get()).isEqualTo("2 chamadas perdidas");
        assertThat(tray.tooltipProperty().get()).matches("JT Console — \\S.* · 2 chamadas perdidas");

        tray.seen();
        assertThat(tray.missedProperty().get()).isZero();
        assertThat(tray.missedTextProperty().get()).isEmpty();

        // Back at the desk: answered calls are not missed ones (a caller may still hang up before the pickup).
        f.sim.operatorAway(AGENT, false);
        int unansweredBefore = unanswered.get();
        runUntil(() -> answered.get() >= 2);
        assertThat(tray.missedProperty().get()).isEqualTo(unanswered.get() - unansweredBefore);
    }

    @Test
    void pauseWithAReasonAndResumeFromTheTrayReachThePbx() {
        operator.login();
        tray.pause("Café");
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.PAUSED);
        assertThat(f.operator.status().reason()).isEqualTo("Café");
        assertThat(tray.canPauseProperty().get()).isFalse();

        tray.unpause();
        assertThat(f.operator.status().state()).isEqualTo(OperatorState.AVAILABLE);
        assertThat(f.sim.requestCount("pausar_operador")).isEqualTo(1);
        assertThat(f.sim.requestCount("despausar_operador")).isEqualTo(1);
    }

    @Test
    void nothingIsSentWhileThePbxIsDown() {
        operator.login();
        pbxDown.set(true);
        tray.pause("Café");
        assertThat(f.sim.requestCount("pausar_operador")).isZero();
        assertThat(tray.canPauseProperty().get()).isFalse();
    }

    private void runUntil(BooleanSupplier done) {
        for (int i = 0; i < 3600 && !done.getAsBoolean(); i++) {
            f.advance(Duration.ofSeconds(2));
        }
        assertThat(done.getAsBoolean()).as("reached within two simulated hours").isTrue();
    }
}
