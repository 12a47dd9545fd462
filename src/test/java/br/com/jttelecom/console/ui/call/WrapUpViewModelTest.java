package br.com.jttelecom.console.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.calls.CallsFixture;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.Dispositions;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.store.DispositionRepository;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrap-up after a call: the admin's dispositions, the countdown, and the disposition required first. */
class WrapUpViewModelTest {

    @TempDir
    Path dir;
    CallsFixture f;
    CallPanelViewModel panel;
    OperatorViewModel operator;
    DispositionRepository repository;

    @BeforeEach
    void start() {
        f = new CallsFixture(dir);
        Accounts accounts = new Accounts(new UserRepository(f.db.jdbi(), f.clock), new PasswordHasher(), f.session,
                f.audit, f.clock);
        accounts.seedDemoUsers();
        accounts.signIn("agente", DemoAccounts.AGENT.toCharArray());
        repository = new DispositionRepository(f.db.jdbi());
        panel = new CallPanelViewModel(Messages.portuguese(), f.clickToCall, f.notes, now -> java.util.List.of(),
                new InlineTaskRunner(), f.clock, ZoneOffset.UTC, n -> n);
        f.tracker.addListener(panel);
        operator = new OperatorViewModel(Messages.portuguese(), f.operator, new InlineTaskRunner(), f.clock);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private WrapUpViewModel wrapUp() {
        return new WrapUpViewModel(Messages.portuguese(), new Dispositions(repository, f.settings, f.session, f.audit),
                panel, operator, f.operator, f.clickToCall, new InlineTaskRunner(), f.clock);
    }

    /** In the queue, a call to a busy number (it ends within seconds), then the wrap-up. */
    private long callEndsInWrapUp() {
        operator.login();
        panel.dialTextProperty().set("11987654320");
        long id = panel.dial().join().callId();
        f.advance(Duration.ofSeconds(3));
        f.advance(Duration.ofSeconds(3));
        assertThat(panel.outcomeVisibleProperty().get()).isTrue();
        assertThat(operator.stateProperty().get()).isEqualTo(OperatorState.WRAP_UP);
        return id;
    }

    private Disposition named(WrapUpViewModel vm, String name) {
        return vm.dispositions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theCountdownShowsTheWrapUpLeftWhileTheAgentIsInIt() {
        f.settings.put(AgentSettings.WRAP_UP_SECONDS, "20");
        WrapUpViewModel vm = wrapUp();
        vm.tick();
        assertThat(vm.countdownProperty().get()).as("no wrap-up yet").isEmpty();

        callEndsInWrapUp();
        vm.tick();
        assertThat(vm.countdownProperty().get()).isEqualTo("Pós-atendimento: 0:20");
        f.advance(Duration.ofSeconds(5));
        vm.tick();
        assertThat(vm.countdownProperty().get()).isEqualTo("Pós-atendimento: 0:15");

        f.advance(Duration.ofSeconds(16));
        vm.tick();
        assertThat(operator.stateProperty().get()).isEqualTo(OperatorState.AVAILABLE);
        assertThat(vm.countdownProperty().get()).as("back in the queue").isEmpty();
    }

    @Test
    void thePanelOffersTheAdminsDispositionsAndStoresThePickedOneWithItsGroup() {
        long voicemail = repository.insert("Caixa postal", Outcome.UNPRODUCTIVE, "Shortcut+4");
        long retired = repository.insert("Antigo", Outcome.PRODUCTIVE, null);
        repository.setActive(retired, false);
        WrapUpViewModel vm = wrapUp();
        assertThat(vm.dispositions()).extracting(Disposition::name)
                .containsExactly("Produtiva", "Improdutiva", "Agendada", "Caixa postal");

        long call = callEndsInWrapUp();
        vm.choose(named(vm, "Caixa postal"));

        assertThat(panel.outcomeVisibleProperty().get()).isFalse();
        assertThat(panel.outcomeMessageProperty().get()).isEqualTo("Resultado salvo: Caixa postal");
        assertThat(f.calls.findById(call).orElseThrow().outcome()).as("the stats count its group")
                .isEqualTo(Outcome.UNPRODUCTIVE);
        assertThat(f.calls.dispositionOf(call)).contains(voicemail);
    }

    @Test
    void aDispositionOfTheScheduledGroupAsksForTheDateThenSchedulesTheCallback() {
        repository.insert("Retornar amanhã", Outcome.SCHEDULED, null);
        WrapUpViewModel vm = wrapUp();
        assertThat(vm.schedulableProperty().get()).isTrue();
        long call = callEndsInWrapUp();

        vm.choose(named(vm, "Retornar amanhã"));
        assertThat(panel.outcomeMessageProperty().get()).isEqualTo("Informe a data e a hora do retorno.");
        assertThat(panel.outcomeVisibleProperty().get()).isTrue();

        panel.callbackDateProperty().set(LocalDate.of(2026, 8, 24));
        panel.callbackTimeProperty().set("10:30");
        vm.choose(named(vm, "Retornar amanhã"));

        assertThat(f.calls.findById(call).orElseThrow().outcome()).isEqualTo(Outcome.SCHEDULED);
        assertThat(f.notes.callbacksDue(Instant.parse("2026-08-24T10:30:00Z")))
                .singleElement().satisfies(c -> assertThat(c.callId()).isEqualTo(call));
    }

    @Test
    void whenRequiredTheNextDialAndTheReturnToTheQueueWaitForTheDisposition() {
        f.settings.put(AgentSettings.WRAP_UP_SECONDS, "10");
        f.settings.put(AgentSettings.DISPOSITION_REQUIRED, "true");
        WrapUpViewModel vm = wrapUp();
        callEndsInWrapUp();

        assertThat(vm.holdingProperty().get()).isTrue();
        assertThat(vm.holdReasonProperty().get())
                .isEqualTo("Escolha o resultado da última chamada para ligar de novo ou voltar à fila.");
        long dials = f.sim.requestCount("discar_numero");
        DialResult held = f.clickToCall.dialNumber("11987654321").join();
        assertThat(held.kind()).isEqualTo(DialResult.Kind.HELD);
        assertThat(held.message()).isEqualTo(vm.holdReasonProperty().get());
        assertThat(f.sim.requestCount("discar_numero")).as("nothing sent").isEqualTo(dials);

        f.advance(Duration.ofSeconds(40));
        vm.tick();
        assertThat(operator.stateProperty().get()).as("the wrap-up waits past its time").isEqualTo(OperatorState.WRAP_UP);
        assertThat(vm.countdownProperty().get())
                .isEqualTo("Pós-atendimento no fim: escolha o resultado para voltar à fila");

        vm.choose(named(vm, "Produtiva"));
        assertThat(vm.holdingProperty().get()).isFalse();
        assertThat(vm.holdReasonProperty().get()).isEmpty();
        f.advance(Duration.ofSeconds(1));
        assertThat(operator.stateProperty().get()).isEqualTo(OperatorState.AVAILABLE);
        assertThat(f.clickToCall.dialNumber("11987654321").join().started()).isTrue();
    }

    @Test
    void notRequiredTheWrapUpEndsByItsClockAndNothingWaits() {
        f.settings.put(AgentSettings.WRAP_UP_SECONDS, "10");
        WrapUpViewModel vm = wrapUp();
        callEndsInWrapUp();

        assertThat(vm.holdingProperty().get()).isFalse();
        assertThat(vm.holdReasonProperty().get()).isEmpty();
        f.advance(Duration.ofSeconds(11));
        assertThat(operator.stateProperty().get()).isEqualTo(OperatorState.AVAILABLE);
        assertThat(panel.outcomeVisibleProperty().get()).as("the outcome can still be given").isTrue();
    }

    @Test
    void atSignOutDialsAreNoLongerHeld() {
        f.settings.put(AgentSettings.DISPOSITION_REQUIRED, "true");
        WrapUpViewModel vm = wrapUp();
        callEndsInWrapUp();
        assertThat(vm.holdingProperty().get()).isTrue();

        vm.dispose();

        assertThat(f.clickToCall.dialNumber("11987654321").join().kind()).isNotEqualTo(DialResult.Kind.HELD);
    }
}
