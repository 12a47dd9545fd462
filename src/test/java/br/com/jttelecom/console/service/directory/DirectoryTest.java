package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Extension;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxRejected;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Extension administration over real HTTP against the simulator, on a real H2 file. */
class DirectoryTest {

    private static final String TOKEN = "9d1c7e00-aaaa-4bbb-8ccc-d1rect0ry7ok";

    @TempDir
    Path dir;
    private SecurityFixture f;
    private PbxSimulator sim;
    private PabxClient client;
    private Directory directory;
    private long agentId;

    @BeforeEach
    void start() {
        f = new SecurityFixture(dir);
        sim = PbxSimulator.builder().user("admin@acme.com.br").token(TOKEN).tenant("acme").seed(3L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "admin@acme.com.br", TOKEN).withRequestsPerSecond(200));
        directory = new Directory(client, new ExtensionLinkRepository(f.database.jdbi()), f.session, f.audit);
        f.signInAs(Role.ADMIN);
        agentId = f.users.byLogin("agente").orElseThrow().id();
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
        f.close();
    }

    private static ExtensionForm form(String number, String name) {
        return new ExtensionForm(number, name, "1", "senha-sip-forte", "1133334444", "11", true, false);
    }

    private static ExtensionForm forwarding(String number, String name, ForwardRule all) {
        return new ExtensionForm(number, name, "1", "senha-sip-forte", null, null, null, null, null,
                ExtensionFlags.of(false, false), null, all, ForwardRule.KEEP, ForwardRule.KEEP);
    }

    private Extension find(String number) {
        return directory.listExtensions().stream().filter(e -> e.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void createsEditsAndDeletesAnExtensionOnThePbxAndKeepsTheLink() {
        String id = directory.createExtension(form("2345", "Recepção"), agentId);
        assertThat(find("2345").name()).isEqualTo("Recepção");
        assertThat(directory.extensionOf(agentId)).hasValue("2345");

        directory.updateExtension(id, form("2345", "Recepção 2"), agentId);
        assertThat(find("2345").name()).isEqualTo("Recepção 2");

        directory.deleteExtension(id, "2345");
        assertThat(directory.listExtensions()).extracting(Extension::number).doesNotContain("2345");
        assertThat(directory.extensionOf(agentId)).isEmpty();
    }

    @Test
    void aPbxRejectionShowsThePbxMessageAndLeavesTheLinkUnchanged() {
        directory.createExtension(form("2346", "Vendas"), agentId);
        String other = directory.createExtension(form("2347", "Suporte"), null);

        // The PBX refuses a number that is taken: the agent's link must stay on 2346.
        assertThatThrownBy(() -> directory.updateExtension(other, form("2346", "Suporte"), agentId))
                .isInstanceOf(PabxRejected.class)
                .satisfies(e -> assertThat(((PabxRejected) e).pbxMessage()).contains("já existe um ramal"));
        assertThat(directory.extensionOf(agentId)).hasValue("2346");
        List<String> results = f.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT result FROM audit_log WHERE action = 'ramal.alterar'").mapTo(String.class).list());
        assertThat(results).containsExactly(AuditTrail.FAILED);
    }

    @Test
    void invalidFormsAreRefusedBeforeAnythingIsSent() {
        long before = sim.requestCount("inserir_ramal");
        assertThatThrownBy(() -> directory.createExtension(form("12a", "X"), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("dígitos");
        assertThatThrownBy(() -> directory.createExtension(form("2000", " "), null))
                .isInstanceOf(InvalidInput.class).hasMessage("Informe o nome do ramal.");
        assertThat(sim.requestCount("inserir_ramal")).isEqualTo(before);
    }

    @Test
    void forwardingIsValidatedAndAcceptedByThePbx() {
        ExtensionForm toExtension = forwarding("2350", "Plantão", new ForwardRule("1", "2001"));
        assertThat(directory.createExtension(toExtension, null)).isNotBlank();

        ExtensionForm badNumber = forwarding("2351", "Plantão 2", new ForwardRule("8", "123"));
        assertThatThrownBy(() -> directory.createExtension(badNumber, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("número externo");
    }

    @Test
    void anAgentCannotChangeExtensionsEvenThroughTheService() {
        f.accounts.signOut();
        f.signInAs(Role.AGENT);
        assertThatThrownBy(() -> directory.createExtension(form("2348", "X"), null))
                .isInstanceOf(PermissionDenied.class).hasMessage("Seu perfil (Agente) não permite alterar ramais.");
        assertThat(sim.requestCount("inserir_ramal")).isZero();
    }

    @Test
    void neitherTheTokenNorTheSipPasswordReachTheAuditTrail() {
        directory.createExtension(form("2349", "Financeiro"), agentId);
        List<String> rows = f.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT CONCAT(actor, action, target, result, COALESCE(details, '')) FROM audit_log")
                .mapTo(String.class).list());
        assertThat(String.join("|", rows)).doesNotContain(TOKEN).doesNotContain("senha-sip-forte");
    }
}
