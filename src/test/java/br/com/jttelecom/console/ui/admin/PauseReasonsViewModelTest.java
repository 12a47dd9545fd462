package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.operator.PauseReasons;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.PauseReasonRepository;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class PauseReasonsViewModelTest {

    @TempDir
    Path dir;
    private Database database;
    private PauseReasonsViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        Accounts accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        vm = new PauseReasonsViewModel(new PauseReasons(new PauseReasonRepository(database.jdbi()), session, audit),
                new InlineTaskRunner(), Messages.portuguese());
        vm.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void addsAReasonAndClearsTheField() {
        vm.newNameProperty().set("Reunião");
        vm.add();
        assertThat(vm.messageProperty().get()).isEqualTo("Motivo \"Reunião\" adicionado.");
        assertThat(vm.newNameProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(PauseReasons.Reason::name).contains("Reunião");
    }

    @Test
    void togglingRetiresAReason() {
        PauseReasons.Reason cafe = vm.rows().stream().filter(r -> r.name().equals("Café")).findFirst().orElseThrow();
        vm.toggle(cafe);
        assertThat(vm.rows()).filteredOn(r -> r.name().equals("Café")).singleElement()
                .satisfies(r -> assertThat(r.active()).isFalse());
    }
}
