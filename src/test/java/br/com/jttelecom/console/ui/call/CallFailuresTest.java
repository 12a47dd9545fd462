package br.com.jttelecom.console.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.calls.CallbackReminders;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.store.CallbackRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refused or failed PBX action is said next to its button and as a notification; the panel keeps following. */
class CallFailuresTest {

    @TempDir
    Path dir;
    CallsFixture f;
    CallPanelViewModel panel;
    OperatorViewModel operator;
    final List<String> notified = new ArrayList<>();

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        CallbackReminders reminders = new CallbackReminders(new CallbackRepository(f.db.jdbi(), f.clock));
        panel = new CallPanelViewModel(Messages.portuguese(), f.clickToCall, f.notes,
                now -> reminders.announce(f.agent.userId(), now), new InlineTaskRunner(), f.clock,
                ZoneOffset.UTC, n -> n);
        f.tracker.addListener(panel);
        operator = new OperatorViewModel(Messages.portuguese(), f.operator, new InlineTaskRunner(), f.clock);
        panel.dialFailureProperty().addListener((o, old, text) -> {
            if (text != null) {
                notified.add(text);
            }
        });
        operator.failureProperty().addListener((o, old, text) -> {
            if (text != null) {
                notified.add(text);
            }
        });
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aDialThePbxRefusesIsNotifiedWithTheSentenceShownUnderTheField() {
        f.sim.faults().httpError(503);
        panel.dialTextProperty().set("11987654321");
        panel.dial().join();

        assertThat(panel.dialMessageProperty().get()).contains("PABX");
        assertThat(notified).containsExactly(panel.dialMessageProperty().get());
    }

    @Test
    void aNumberTheConsoleRejectsIsSaidUnderTheFieldOnly() {
        panel.dialTextProperty().set("123");
        panel.dial().join();

        assertThat(panel.dialMessageProperty().get()).isNotBlank();
        assertThat(notified).isEmpty();
    }

    @Test
    void theWarningOfALostDialGoesOnceThePbxShowsTheCall() {
        f.sim.faults().add(br.com.jttelecom.console.sim.Fault.resetAfterRequest().onlyFor("discar_numero"));
        panel.dialTextProperty().set("11987654321");
        panel.dial().join();
        assertThat(panel.dialMessageProperty().get()).contains("pode ter sido feita");

        f.advance(Duration.ofSeconds(1));
        f.advance(Duration.ofSeconds(3));

        assertThat(panel.liveProperty().get()).isTrue();
        assertThat(panel.dialMessageProperty().get()).isEmpty();
    }

    @Test
    void theWarningOfALostDialStaysWhenTheCallNeverShowsUp() {
        f.sim.faults().connectionReset();
        panel.dialTextProperty().set("11987654321");
        panel.dial().join();
        f.sim.faults().clear();

        f.advance(Duration.ofSeconds(3));
        f.advance(Duration.ofSeconds(3));

        assertThat(panel.statusTextProperty().get()).startsWith("falhou");
        assertThat(panel.dialMessageProperty().get()).contains("pode ter sido feita");
    }

    @Test
    void aBusyNumberNeverReadsEndedBeforeItReadsBusy() {
        List<String> shown = new ArrayList<>();
        panel.statusTextProperty().addListener((o, old, text) -> shown.add(text));
        panel.dialTextProperty().set("11987654320"); // the simulator's busy number
        panel.dial().join();
        for (int i = 0; i < 8; i++) {
            f.advance(Duration.ofSeconds(5));
        }
        f.advance(Duration.ofSeconds(15));

        assertThat(shown).doesNotContain("encerrada").last().isEqualTo("ocupado");
    }

    @Test
    void aRefusedQueueLoginIsNotifiedWithTheSentenceShownUnderTheButtons() {
        f.sim.faults().httpError(503);
        operator.login();

        assertThat(operator.errorTextProperty().get()).startsWith("O PABX não aceitou");
        assertThat(notified).containsExactly(operator.errorTextProperty().get());
    }

    @Test
    void aPauseRefusedWhenTheCallEndsIsNotifiedAndThePanelFollowsTheCallToItsEnd() {
        operator.login();
        panel.dialTextProperty().set("11987654321");
        panel.dial().join();
        f.advance(Duration.ofSeconds(10));
        operator.pause();
        f.pbx.logoutOperator("1");

        f.advance(Duration.ofSeconds(31));
        f.advance(Duration.ofSeconds(10));

        assertThat(notified).singleElement().asString().startsWith("A pausa pedida não foi feita");
        assertThat(operator.stateProperty().get()).isNotEqualTo(OperatorState.TALKING);
        assertThat(panel.liveProperty().get()).isFalse();
        assertThat(panel.statusTextProperty().get()).isEqualTo("atendida");
    }
}
