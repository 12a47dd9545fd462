package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditEntry;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AuditViewModelTest {

    @TempDir
    Path dir;
    private Database database;
    private Accounts accounts;
    private AuditViewModel vm;
    private AuditTrail audit;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        audit = AuditTrail.on(database.jdbi(), session, clock);
        accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("agente", "errada".toCharArray());
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        vm = new AuditViewModel(audit, new InlineTaskRunner(), Messages.portuguese(), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void filtersByUser() {
        vm.userProperty().set("agente");
        vm.search();
        assertThat(vm.rows()).singleElement().satisfies(e -> assertThat(e.result()).isEqualTo(AuditTrail.FAILED));
        assertThat(vm.messageProperty().get()).isEqualTo("1 registro");
    }

    /** Auditoria reads as sentences in the page's language: "entrou no console · falhou", not "login · FALHOU". */
    @Test
    void actionsAndResultsReadAsWordsOfThePagesLanguage() {
        vm.userProperty().set("agente");
        vm.search();
        AuditEntry refused = vm.rows().get(0);
        assertThat(refused.action()).isEqualTo("login");
        assertThat(vm.actionText(refused)).isEqualTo("entrou no console");
        assertThat(vm.resultText(refused)).isEqualTo("falhou");

        AuditViewModel english = new AuditViewModel(audit, new InlineTaskRunner(), new Messages(java.util.Locale.ENGLISH),
                ZoneOffset.UTC);
        assertThat(english.actionText(refused)).isEqualTo("signed in to the console");
        assertThat(english.resultText(refused)).isEqualTo("failed");
        AuditEntry unknown = new AuditEntry(0, refused.at(), "x", "acao.nova", "t", "OK", null);
        assertThat(english.actionText(unknown)).as("a code from a newer console shows as it is").isEqualTo("acao.nova");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        vm.fromProperty().set(LocalDate.of(2026, 5, 2));
        vm.toProperty().set(LocalDate.of(2026, 5, 1));
        vm.search();
        assertThat(vm.messageProperty().get()).isEqualTo("A data final é anterior à inicial.");
    }

    @Test
    void verifySaysIntactThenNamesAnEditedRow() {
        vm.verify();
        assertThat(vm.integrityProperty().get()).isEqualTo(AuditViewModel.Integrity.INTACT);

        database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'outro' WHERE id = 2"));
        vm.verify();
        assertThat(vm.integrityProperty().get()).isEqualTo(AuditViewModel.Integrity.BROKEN);
        assertThat(vm.integrityTextProperty().get()).contains("nº 2").contains("alterado");
    }

    @Test
    void anAgentGetsTheRefusalSentenceInsteadOfRows() {
        accounts.signOut();
        accounts.signIn("agente", DemoAccounts.AGENT.toCharArray());
        vm.search();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Seu perfil (Agente) não permite ver a trilha de auditoria.");
    }
}
