package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.directory.Operators;
import br.com.jttelecom.console.service.accounts.PasswordHasher;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.sim.PbxSimulator;
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

class OperatorsViewModelTest {

    private static final String TOKEN = "6d5c4b3a-8888-4999-8aaa-0pera70rsvm0";

    @TempDir
    Path dir;
    private Database database;
    private PbxSimulator sim;
    private PabxClient client;
    private OperatorsViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        UserRepository users = new UserRepository(database.jdbi(), clock);
        Accounts accounts = new Accounts(users, new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        sim = PbxSimulator.builder().user("op@acme.com.br").token(TOKEN).seed(6L).build().start(0);
        sim.addOperator("Diego Alves", "2002", true);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "op@acme.com.br", TOKEN).withRequestsPerSecond(200));
        vm = new OperatorsViewModel(new Operators(client, users, session, audit), accounts, new InlineTaskRunner(),
                Messages.portuguese());
        vm.load();
    }

    @AfterEach
    void close() {
        client.close();
        sim.close();
        database.close();
    }

    @Test
    void linksTheSelectedOperatorToTheChosenUser() {
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.linked().operator().name().equals("Diego Alves"))
                .findFirst().orElseThrow());
        vm.userProperty().set(vm.users().stream().filter(u -> u.login().equals("agente")).findFirst().orElseThrow());
        vm.link();
        assertThat(vm.messageProperty().get()).isEqualTo("Diego Alves vinculado a agente.");
        assertThat(vm.rows()).filteredOn(r -> r.linked().operator().name().equals("Diego Alves"))
                .singleElement().satisfies(r -> assertThat(r.login()).isEqualTo("agente"));
    }

    @Test
    void linkingWithoutAChoiceAsksForOne() {
        vm.link();
        assertThat(vm.messageProperty().get()).startsWith("Selecione um operador");
    }
}
