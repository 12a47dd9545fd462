package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
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

/** PBX people listed over the simulator and linked to console users. */
class OperatorsTest {

    private static final String TOKEN = "3c4d5e6f-7777-4888-8999-0pera70rs000";

    @TempDir
    Path dir;
    private SecurityFixture f;
    private PbxSimulator sim;
    private PabxClient client;
    private Operators operators;

    @BeforeEach
    void start() {
        f = new SecurityFixture(dir);
        sim = PbxSimulator.builder().user("op@acme.com.br").token(TOKEN).seed(4L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "op@acme.com.br", TOKEN).withRequestsPerSecond(200));
        operators = new Operators(client, f.users, f.session, f.audit);
        sim.addOperator("Carla Lima", "2001", false);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
        f.close();
    }

    @Test
    void aSupervisorLinksAnOperatorToAConsoleUser() {
        f.signInAs(Role.SUPERVISOR);
        Operators.Linked carla = operators.list().stream().filter(o -> o.operator().name().equals("Carla Lima"))
                .findFirst().orElseThrow();
        long agent = f.users.byLogin("agente").orElseThrow().id();
        operators.link(agent, carla.operator().pbxId());
        assertThat(operators.list()).filteredOn(o -> o.operator().pbxId().equals(carla.operator().pbxId()))
                .singleElement().satisfies(o -> assertThat(o.userId()).isEqualTo(agent));
    }

    @Test
    void anAgentCannotLinkOperators() {
        f.signInAs(Role.AGENT);
        assertThatThrownBy(() -> operators.link(1, "1")).isInstanceOf(PermissionDenied.class);
    }
}
