package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.Accounts;
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

import static org.assertj.core.api.Assertions.assertThat;

class UsersViewModelTest {

    @TempDir
    Path dir;
    private Database database;
    private Accounts accounts;
    private UsersViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        vm = new UsersViewModel(accounts, new InlineTaskRunner(), Messages.portuguese());
        vm.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void listsTheUsersWithTheirTeams() {
        assertThat(vm.rows()).extracting(r -> r.user().login() + "/" + r.team())
                .containsExactly("admin/", "agente/Vendas", "supervisor/Vendas");
    }

    @Test
    void createsAUserFromTheForm() {
        vm.newUser();
        vm.loginProperty().set("bia");
        vm.nameProperty().set("Bia Souza");
        vm.roleProperty().set(Role.SUPERVISOR);
        vm.teamProperty().set("Suporte");
        vm.passwordProperty().set("senha-boa");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Usuário criado.");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(r -> r.user().login() + "/" + r.team()).contains("bia/Suporte");
    }

    @Test
    void disablingTheSelectedUserIsSaved() {
        vm.selectedProperty().set(vm.rows().get(1));
        assertThat(vm.editingProperty().get()).isTrue();
        vm.activeProperty().set(false);
        vm.save();
        assertThat(vm.rows().get(1).user().active()).isFalse();
    }

    @Test
    void aServiceRefusalIsShownAsItsSentence() {
        vm.newUser();
        vm.loginProperty().set("x y");
        vm.nameProperty().set("X");
        vm.passwordProperty().set("senha-boa");
        vm.save();
        assertThat(vm.messageProperty().get()).startsWith("O login deve ter");
    }

    @Test
    void aSupervisorCannotResetPasswordsEvenIfTheFormIsReached() {
        accounts.signOut();
        accounts.signIn("supervisor", DemoAccounts.SUPERVISOR.toCharArray());
        vm.selectedProperty().set(vm.rows().get(1));
        vm.passwordProperty().set("nova-senha");
        vm.resetPassword();
        assertThat(vm.messageProperty().get()).isEqualTo("Seu perfil (Supervisor) não permite alterar usuários.");
    }
}
