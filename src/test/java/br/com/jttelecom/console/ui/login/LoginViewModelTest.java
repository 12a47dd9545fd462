package br.com.jttelecom.console.ui.login;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewModelTest {

    @TempDir
    Path dir;
    private Database database;
    private final List<ConsoleUser> signedIn = new ArrayList<>();
    private LoginViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        Accounts accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        vm = new LoginViewModel(accounts, new InlineTaskRunner(), Messages.portuguese(), "dica", signedIn::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theRightPasswordSignsInAndClearsThePassword() {
        vm.usernameProperty().set("supervisor");
        vm.passwordProperty().set(DemoAccounts.SUPERVISOR);
        vm.signIn();
        assertThat(signedIn).extracting(ConsoleUser::login).containsExactly("supervisor");
        assertThat(vm.passwordProperty().get()).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheMessageKeepsTheUsernameAndClearsThePassword() {
        vm.usernameProperty().set("agente");
        vm.passwordProperty().set("errada");
        vm.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Usuário ou senha incorretos.");
        assertThat(vm.usernameProperty().get()).isEqualTo("agente");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anEmptyFormAsksForBothFieldsWithoutChecking() {
        vm.signIn();
        assertThat(vm.messageProperty().get()).isEqualTo("Informe usuário e senha.");
    }

    @Test
    void theHintIsShownAsGiven() {
        assertThat(vm.hintProperty().get()).isEqualTo("dica");
    }
}
