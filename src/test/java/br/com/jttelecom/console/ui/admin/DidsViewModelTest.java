package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.accounts.Accounts;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.DemoAccounts;
import br.com.jttelecom.console.service.directory.DidAdmin;
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
import java.util.stream.IntStream;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class DidsViewModelTest {

    private static final String TOKEN = "7c8d9e0f-2222-4333-8444-d1dsv1ewm0de";

    @TempDir
    Path dir;
    private Database database;
    private PbxSimulator sim;
    private PabxClient client;
    private DidsViewModel vm;

    @BeforeEach
    void open() {
        database = Database.openFolder(dir);
        Session session = new Session();
        Clock clock = Clock.systemUTC();
        AuditTrail audit = AuditTrail.on(database.jdbi(), session, clock);
        Accounts accounts = new Accounts(new UserRepository(database.jdbi(), clock), new PasswordHasher(), session, audit, clock);
        accounts.seedDemoUsers();
        accounts.signIn("admin", DemoAccounts.ADMIN.toCharArray());
        sim = PbxSimulator.builder().user("adm@acme.com.br").token(TOKEN).seed(5L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "adm@acme.com.br", TOKEN).withRequestsPerSecond(200));
        vm = new DidsViewModel(new DidAdmin(client, session, audit), new InlineTaskRunner(), Messages.portuguese());
        vm.load();
    }

    @AfterEach
    void close() {
        client.close();
        sim.close();
        database.close();
    }

    @Test
    void createsADidPointingToAQueueAndShowsTheRoute() {
        vm.newDid();
        vm.numberProperty().set("2133334444");
        vm.pointsToProperty().set("fila");
        vm.destinationProperty().set("2");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("DID criado no PABX.");
        assertThat(vm.rows()).filteredOn(r -> r.did().number().equals("2133334444"))
                .singleElement().satisfies(r -> assertThat(r.route()).isEqualTo("Fila 2"));
    }

    @Test
    void anInvalidNumberIsShownAsAnErrorWithoutSending() {
        vm.newDid();
        vm.numberProperty().set("123");
        vm.destinationProperty().set("2");
        vm.save();
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("10 ou 11 dígitos");
        assertThat(sim.requestCount("inserir_did")).isZero();
    }

    @Test
    void businessHoursAndRegistrationAreSavedAndFilledBackWithoutThePassword() {
        vm.newDid();
        vm.numberProperty().set("2133335555");
        vm.pointsToProperty().set("ura");
        vm.destinationProperty().set("1");
        vm.registrationProperty().set(true);
        vm.registrationDomainProperty().set("sip.operadora.com.br");
        vm.registrationUserProperty().set("did2133335555");
        vm.registrationPasswordProperty().set("Registro#Senha1");
        vm.businessHoursProperty().set(true);
        vm.opensAtProperty().set("09:00");
        vm.closesAtProperty().set("17:30");
        vm.weekDayProperty(4).set(false);
        vm.weekDayProperty(5).set(false);
        vm.weekDayProperty(7).set(true);
        vm.holidaysProperty().set("25/12");
        vm.save();

        assertThat(vm.messageProperty().get()).isEqualTo("DID criado no PABX.");
        assertThat(vm.registrationPasswordProperty().get()).isEmpty();
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.did().number().equals("2133335555")).findFirst().orElseThrow());
        assertThat(vm.registrationUserProperty().get()).isEqualTo("did2133335555");
        assertThat(vm.registrationPasswordProperty().get()).isEmpty();
        assertThat(vm.closesAtProperty().get()).isEqualTo("17:30");
        assertThat(IntStream.rangeClosed(1, 7).filter(d -> vm.weekDayProperty(d).get()).boxed().toList())
                .containsExactly(1, 2, 3, 7);
        assertThat(vm.holidaysProperty().get()).isEqualTo("25/12");
    }

    @Test
    void aDidThePbxRefusesIsSaidOnThePageAndAsANotification() {
        vm.newDid();
        vm.numberProperty().set("2133335555");
        vm.pointsToProperty().set("fila");
        vm.destinationProperty().set("2");
        vm.save();
        assertThat(vm.failureProperty().get()).isNull();

        vm.newDid();
        vm.numberProperty().set("2133335555"); // the PBX already has it
        vm.pointsToProperty().set("fila");
        vm.destinationProperty().set("2");
        vm.save();

        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isNotBlank().isNotEqualTo("DID criado no PABX.");
        assertThat(vm.failureProperty().get()).isEqualTo(vm.messageProperty().get());
        assertThat(vm.numberProperty().get()).isEqualTo("2133335555");
    }

    @Test
    void aRejectedSaveKeepsWhatWasTyped() {
        vm.newDid();
        vm.numberProperty().set("2133336666");
        vm.pointsToProperty().set("fila");
        vm.destinationProperty().set("2");
        vm.businessHoursProperty().set(true);
        vm.opensAtProperty().set("18:00");
        vm.closesAtProperty().set("08:00");
        vm.save();

        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("O horário de funcionamento deve começar antes de terminar.");
        assertThat(vm.numberProperty().get()).isEqualTo("2133336666");
        assertThat(vm.opensAtProperty().get()).isEqualTo("18:00");
    }

    @Test
    void aNewDidStartsWithTheWorkingWeekMarkedAndNoMarkedDayIsRefusedBeforeSending() {
        vm.newDid();
        assertThat(IntStream.rangeClosed(1, 7).filter(d -> vm.weekDayProperty(d).get()).boxed().toList())
                .containsExactly(1, 2, 3, 4, 5);
        vm.numberProperty().set("2133337777");
        vm.destinationProperty().set("2");
        vm.businessHoursProperty().set(true);
        vm.opensAtProperty().set("08:00");
        vm.closesAtProperty().set("18:00");
        IntStream.rangeClosed(1, 7).forEach(d -> vm.weekDayProperty(d).set(false));

        vm.save();

        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Marque ao menos um dia de funcionamento.");
        assertThat(sim.requestCount("inserir_did")).isZero();
    }
}
