package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.service.calls.CallListener;
import br.com.jttelecom.console.service.calls.InboundRing;
import br.com.jttelecom.console.service.calls.TrackedCall;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The inbound screen-pop in the real window, demo mode: the simulator's queue rings the agent's extension. */
class ScreenPopWindowTest {


    private final FxRobot robot = new FxRobot();
    @RegisterExtension
    final DemoConsole console = new DemoConsole();

    @BeforeEach
    void startConsole() throws Exception {
        SignIn.as(robot, "agente", "agente123");
    }

    @AfterEach
    void stopConsole() throws Exception {
        console.runtime().simulator().orElseThrow().inboundTraffic(null);
    }

    @Test
    void aClickOnTheScreenPopOfAKnownLeadOpensTheLeadsCard() throws Exception {
        var sim = console.runtime().simulator().orElseThrow();
        List<InboundRing> rings = new CopyOnWriteArrayList<>();
        console.runtime().calls().orElseThrow().tracker().addListener(new CallListener() {
            @Override
            public void callChanged(TrackedCall call) {
            }

            @Override
            public void inboundRinging(InboundRing ring) {
                rings.add(ring);
                sim.inboundTraffic(null); // one ring is enough
            }
        });
        robot.clickOn("#nav-history"); // away from the leads page: the click must bring it back
        robot.clickOn("#loginButton");
        FxWait.until(10, () -> robot.lookup("#operatorStatus").queryAs(Label.class).getText().startsWith("Operador: disponível"));
        sim.inboundTraffic(Duration.ofSeconds(1)); // the demo's callers are its leads

        FxWait.until(60, () -> !rings.isEmpty());
        InboundRing ring = rings.get(0);
        assertThat(ring.knownLead()).isTrue();
        // As people read it in the pop-up, not +5548990169921.
        assertThat(ring.displayNumber()).matches("\\(\\d\\d\\) \\d{4,5}-\\d{4}");
        FxWait.until(10, () -> openCardButton(ring).isPresent());
        robot.clickOn(openCardButton(ring).orElseThrow());

        // The leads page may still be loading when the click lands: look the card up until it is there.
        FxWait.until(10, () -> robot.lookup("#leadCardName").tryQuery()
                .map(n -> n instanceof Label l && ring.leadName().equals(l.getText()) && l.isVisible()).orElse(false));
        assertThat(robot.lookup("#nav-leads").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#leadCardStats").queryAs(Label.class).getText()).startsWith("Ligações: ");
    }

    /** The "Abrir ficha" button of the pop-up that names this ring's lead. */
    private Optional<Button> openCardButton(InboundRing ring) {
        String text = ring.leadName() + " está ligando (" + ring.displayNumber() + ")";
        return robot.lookup(".notification-bar").queryAll().stream()
                .filter(bar -> robot.from(bar).lookup((Label l) -> text.equals(l.getText())).tryQuery().isPresent())
                .flatMap(bar -> robot.from(bar).lookup((Button b) -> "Abrir ficha".equals(b.getText())).queryAll().stream())
                .map(Button.class::cast)
                .findFirst();
    }
}
