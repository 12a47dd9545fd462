package br.com.jttelecom.console.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.calls.Dispositions;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.DispositionRepository;
import br.com.jttelecom.console.store.SettingRepository;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Resultados de chamada page: the admin's dispositions and the wrap-up rules, on a real H2 file. */
class DispositionsViewModelTest {

    @TempDir
    Path dir;
    private Database database;
    private DispositionsViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        Accounts accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        vm = new DispositionsViewModel(new Dispositions(new DispositionRepository(database.jdbi()),
                new SettingRepository(database.jdbi(), clock), session, audit), new InlineTaskRunner(), Messages.portuguese());
        vm.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Disposition row(String name) {
        return vm.rows().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private java.util.List<Disposition> offered() {
        return new DispositionRepository(database.jdbi()).active();
    }

    @Test
    void theListStartsWithTheThreeOutcomesOfBeforeAndTheirShortcuts() {
        assertThat(vm.rows()).extracting(Disposition::name, Disposition::group, Disposition::shortcut).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Produtiva", Outcome.PRODUCTIVE, "Shortcut+1"),
                org.assertj.core.groups.Tuple.tuple("Improdutiva", Outcome.UNPRODUCTIVE, "Shortcut+2"),
                org.assertj.core.groups.Tuple.tuple("Agendada", Outcome.SCHEDULED, "Shortcut+3"));
        assertThat(vm.wrapUpSecondsProperty().get()).isEqualTo("30");
        assertThat(vm.requiredProperty().get()).isFalse();
    }

    @Test
    void addsADispositionWithItsGroupAndShortcutAndTheCallPanelOffersIt() {
        vm.nameProperty().set("Caixa postal");
        vm.groupProperty().set(Outcome.UNPRODUCTIVE);
        vm.shortcutProperty().set("Ctrl+4");
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("Resultado \"Caixa postal\" salvo.");
        assertThat(vm.nameProperty().get()).as("the form is ready for the next").isEmpty();
        assertThat(offered()).last().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Caixa postal");
            assertThat(d.group()).isEqualTo(Outcome.UNPRODUCTIVE);
            assertThat(d.shortcut()).isEqualTo("Ctrl+4");
        });
    }

    @Test
    void editsTheSelectedDisposition() {
        vm.selectedProperty().set(row("Improdutiva"));
        assertThat(vm.nameProperty().get()).isEqualTo("Improdutiva");
        vm.nameProperty().set("Não atendeu");
        vm.shortcutProperty().set("F6");
        vm.save();

        assertThat(row("Não atendeu").group()).isEqualTo(Outcome.UNPRODUCTIVE);
        assertThat(row("Não atendeu").shortcut()).isEqualTo("F6");
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void aShortcutThatIsNoKeyOrIsTakenIsRefusedWithASentenceAndNothingIsStored() {
        vm.nameProperty().set("Caixa postal");
        vm.shortcutProperty().set("Ctrl+Banana");
        vm.save();
        assertThat(vm.messageProperty().get())
                .isEqualTo("Atalho \"Ctrl+Banana\" não reconhecido: use, por exemplo, Ctrl+4, Ctrl+Shift+M ou F6.");

        vm.shortcutProperty().set("m");
        vm.save();
        assertThat(vm.messageProperty().get()).as("a bare letter would fire while the agent types the notes")
                .startsWith("Atalho \"m\" não reconhecido");

        vm.shortcutProperty().set("Ctrl+1");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("O atalho Ctrl+1 já é de \"Produtiva\".");

        vm.shortcutProperty().set("");
        vm.nameProperty().set("agendada");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Já existe um resultado \"agendada\".");
        assertThat(offered()).hasSize(3);
    }

    @Test
    void aRetiredDispositionIsNoLongerOfferedButStaysListed() {
        vm.toggle(row("Agendada"));

        assertThat(vm.messageProperty().get()).isEqualTo("Resultado \"Agendada\" desativado.");
        assertThat(row("Agendada").active()).isFalse();
        assertThat(offered()).extracting(Disposition::name).containsExactly("Produtiva", "Improdutiva");
        vm.toggle(row("Agendada"));
        assertThat(offered()).extracting(Disposition::name).contains("Agendada");
    }

    @Test
    void theWrapUpRulesAreSavedAndTheAgentsSettingsReadThem() {
        vm.wrapUpSecondsProperty().set("45");
        vm.requiredProperty().set(true);
        vm.saveRules();

        assertThat(vm.rulesMessageProperty().get()).isEqualTo("Pós-atendimento salvo: vale a partir da próxima chamada.");
        AgentSettings agent = new AgentSettings(new SettingRepository(database.jdbi()));
        assertThat(agent.wrapUp()).isEqualTo(Duration.ofSeconds(45));
        assertThat(agent.dispositionRequired()).isTrue();

        vm.wrapUpSecondsProperty().set("dez");
        vm.saveRules();
        assertThat(vm.rulesMessageProperty().get()).isEqualTo("Informe de 0 a 3600 segundos.");
        assertThat(agent.wrapUp()).isEqualTo(Duration.ofSeconds(45));
    }
}
