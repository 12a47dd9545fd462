package br.com.jttelecom.console.service.leads;

import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.accounts.TestSignIn;
import br.com.jttelecom.console.service.numbers.AreaCodes;
import br.com.jttelecom.console.service.numbers.TypedNumbers;
import br.com.jttelecom.console.store.AuditLogRepository;
import br.com.jttelecom.console.store.AuditRow;
import br.com.jttelecom.console.store.calls.CallLeadLinks;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.UserRepository;
import br.com.jttelecom.console.testsupport.LeadsFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seen in a real window: every lead's "Responsável" was empty, new ones too, and Auditoria had no row for a
 * lead created, edited or imported. Real H2 file, the services wired as the console wires them.
 */
class LeadAuthorsTest {

    @TempDir
    Path dir;

    private LeadsFixture s;
    private Session session;
    private LeadMatcher matcher;
    private LeadImport imports;
    private long ana;

    @BeforeEach
    void open() {
        s = new LeadsFixture(dir);
        ana = new UserRepository(s.db.jdbi(), Clock.systemUTC()).insert("ana", "Ana Lima", "AGENT", "x", null);
        session = new Session();
        TestSignIn.signIn(session, new ConsoleUser(ana, "ana", "Ana Lima", Role.AGENT, null, true));
        LeadAuthors authors = new LeadAuthors(session, AuditTrail.on(s.db.jdbi(), session, Clock.systemUTC()));
        TypedNumbers typed = new TypedNumbers(s.phones, session, new ExtensionLinkRepository(s.db.jdbi()),
                new AreaCodes(null, Clock.systemUTC()));
        matcher = new LeadMatcher(new CallLeadLinks(s.db.jdbi()), s.leads, typed, authors);
        imports = new LeadImport(s.validator, s.leadRepository, s.messages, authors);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void aLeadCreatedInTheConsoleIsOwnedByItsCreatorAndTheCreationIsAudited() {
        var lead = matcher.saveLead(new LeadForm(null, "Carla Dias", "Acme", "(11) 98765-4321", "", LeadStage.NEW,
                null, null, ""));

        assertThat(lead.ownerUserId()).isEqualTo(ana);
        assertThat(s.leads.summary(lead.id()).orElseThrow().ownerName()).isEqualTo("Ana Lima");
        assertThat(rows(LeadAuthors.CREATE)).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("ana");
            assertThat(r.target()).isEqualTo("Carla Dias (nº " + lead.id() + ")");
            assertThat(r.result()).isEqualTo(AuditTrail.OK);
        });
    }

    @Test
    void anOwnerNamedOnTheFormIsKept() {
        long bia = new UserRepository(s.db.jdbi(), Clock.systemUTC()).insert("bia", "Bia", "AGENT", "x", null);
        var lead = matcher.saveLead(new LeadForm(null, "Carla Dias", "", "(11) 98765-4321", "", LeadStage.NEW,
                bia, null, ""));

        assertThat(lead.ownerUserId()).isEqualTo(bia);
    }

    @Test
    void anEditIsAuditedWithTheFieldsItChangedAndNoPhoneNumber() {
        var lead = matcher.saveLead(new LeadForm(null, "Carla Dias", "Acme", "(11) 98765-4321", "", LeadStage.NEW,
                null, null, ""));

        matcher.saveLead(new LeadForm(lead.id(), "Carla Dias Souza", "Acme", "(11) 98765-4321\n(11) 3333-4444", "",
                LeadStage.CONTACTED, lead.ownerUserId(), null, ""));

        assertThat(rows(LeadAuthors.EDIT)).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("Carla Dias Souza (nº " + lead.id() + ")");
            assertThat(r.details()).isEqualTo("nome, telefones, etapa");
            assertThat(r.details() + r.target()).doesNotContain("98765", "3333");
        });
    }

    @Test
    void importedLeadsAreOwnedByTheImporterAndTheImportIsAuditedWithItsFileAndCount() {
        byte[] csv = "nome;telefone\nCarla;(11) 98765-4321\nDiego;(48) 99123-4567\n".getBytes(StandardCharsets.UTF_8);

        int stored = imports.importAccepted(imports.preview(csv), "clientes.csv");

        assertThat(stored).isEqualTo(2);
        assertThat(s.leads.search("", 10)).allSatisfy(l -> assertThat(l.ownerName()).isEqualTo("Ana Lima"));
        assertThat(rows(LeadAuthors.IMPORT)).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("clientes.csv");
            assertThat(r.details()).isEqualTo("2");
        });
    }

    private List<AuditRow> rows(String action) {
        return new AuditLogRepository(s.db.jdbi()).all().stream().filter(r -> r.action().equals(action)).toList();
    }
}
