package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxRejected;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.sim.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DID administration over real HTTP against the simulator. */
class DidAdminTest {

    private static final String TOKEN = "1a2b3c4d-5555-4666-8777-d1dsadm1n000";

    @TempDir
    Path dir;
    private SecurityFixture f;
    private PbxSimulator sim;
    private PabxClient client;
    private DidAdmin dids;

    @BeforeEach
    void start() {
        f = new SecurityFixture(dir);
        sim = PbxSimulator.builder().user("adm@acme.com.br").token(TOKEN).seed(9L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "adm@acme.com.br", TOKEN).withRequestsPerSecond(200));
        dids = new DidAdmin(client, f.session, f.audit);
        f.signInAs(Role.ADMIN);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
        f.close();
    }

    private DidAdmin.Routed find(String number) {
        return dids.list().stream().filter(r -> r.did().number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void createsEditsAndDeletesADidAndShowsWhereItRoutes() {
        sim.addExtension("2001", "Recepção");
        String id = dids.create(new DidForm("1133330001", "ramal", "2001", true, "5"));
        assertThat(find("1133330001").route()).isEqualTo("Ramal 2001 — Recepção");

        dids.update(id, new DidForm("1133330001", "fila", "3", false, null));
        assertThat(find("1133330001").route()).isEqualTo("Fila 3");

        dids.delete(id, "1133330001");
        assertThat(dids.list()).noneMatch(r -> r.did().number().equals("1133330001"));
    }

    @Test
    void aDuplicateNumberComesBackAsThePbxMessageAndIsAuditedAsFailed() {
        dids.create(new DidForm("1133330002", "ura", "1", false, null));
        assertThatThrownBy(() -> dids.create(new DidForm("1133330002", "ura", "1", false, null)))
                .isInstanceOf(PabxRejected.class).hasMessageContaining("já existe um DID");
    }

    @Test
    void aNumberWith55OrAMissingRouteIsRefusedBeforeSending() {
        assertThatThrownBy(() -> dids.create(new DidForm("551133330003", "ramal", "2001", false, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("sem o 55");
        assertThatThrownBy(() -> dids.create(new DidForm("1133330003", "lugar", "1", false, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("ramal, fila ou URA");
        assertThat(sim.requestCount("inserir_did")).isZero();
    }

    @Test
    void anAgentCannotChangeDids() {
        f.accounts.signOut();
        f.signInAs(Role.AGENT);
        assertThatThrownBy(() -> dids.create(new DidForm("1133330004", "ura", "1", false, null)))
                .isInstanceOf(PermissionDenied.class).hasMessage("Seu perfil (Agente) não permite alterar DIDs.");
    }
}
