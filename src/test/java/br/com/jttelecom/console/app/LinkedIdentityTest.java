package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.sim.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each person dials from the extension linked to them and acts in the queue as the PBX operator linked
 * to them, counted at the simulator's request log. In demo mode the agent is linked to extension 201 and
 * operator 1, the supervisor to 202 and operator 2; the admin has no link and falls back to the settings.
 */
class LinkedIdentityTest {

    @TempDir
    Path dataDir;
    private ApiFixture console;
    private PbxSimulator sim;

    @BeforeEach
    void start() throws UsageException {
        console = new ApiFixture(dataDir);
        sim = console.runtime.simulator().orElseThrow();
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private void signIn(String login) {
        console.admin.accounts().signOut();
        assertThat(console.admin.accounts().signIn(login, ApiFixture.PASSWORDS.get(login).toCharArray()).user())
                .isPresent();
    }

    private DialResult dial(String number) {
        return console.runtime.calls().orElseThrow().clickToCall().dialNumber(number).join();
    }

    private List<String> from(String action, String field) {
        return sim.requests().stream().filter(r -> r.action().equals(action)).map(r -> r.param(field)).toList();
    }

    @Test
    void twoUsersLinkedToDifferentExtensionsEachDialFromTheirs() {
        signIn("agente");
        DialResult agent = dial("(11) 98765-4301");
        signIn("supervisor");
        DialResult supervisor = dial("(11) 98765-4302");

        assertThat(agent.started()).isTrue();
        assertThat(agent.message()).as("a linked user gets no fallback notice").isNull();
        assertThat(supervisor.started()).isTrue();
        assertThat(from("discar_numero", "numero_ramal_origem")).containsExactly("201", "202");
        assertThat(sim.requests()).filteredOn(r -> r.action().equals("discar_numero"))
                .extracting(r -> r.param("numero_destino")).containsExactly("011987654301", "011987654302");
    }

    @Test
    void aUserWithNoLinkDialsFromTheSettingsExtensionAndIsToldSo() {
        signIn("admin");
        DialResult r = dial("(11) 98765-4303");

        assertThat(r.started()).isTrue();
        assertThat(r.message()).contains("Nenhum ramal vinculado ao seu usuário").contains("ramal 201");
        assertThat(from("discar_numero", "numero_ramal_origem")).containsExactly("201");
    }

    @Test
    void queueActionsUseTheOperatorLinkedToWhoeverActs() {
        var calls = console.runtime.calls().orElseThrow();
        signIn("supervisor");
        var operator = calls.openDesk().operator(); // each sign-in opens its own desk
        assertThat(operator.login()).isEmpty();
        operator.logout();
        signIn("agente");
        operator = calls.openDesk().operator();
        operator.login();
        operator.pause("Café");

        assertThat(from("login_operador", "operador_id")).containsExactly("2", "1");
        assertThat(from("logout_operador", "operador_id")).containsExactly("2");
        assertThat(from("pausar_operador", "operador_id")).containsExactly("1");
        signIn("admin");
        assertThat(calls.openDesk().operator().login()).hasValueSatisfying(notice -> assertThat(notice.in(br.com.jttelecom.console.i18n.Messages.portuguese()))
                .contains("Nenhum operador do PABX vinculado"));
    }

    @Test
    void anApiRequestDialsFromItsSendersExtensionWhoeverUsesTheWindow() {
        signIn("supervisor");
        String agentToken = console.login("agente");

        ApiFixture.Reply r = console.send("POST", "/api/telephony/click-to-call", agentToken,
                "{\"numero_destino\":\"11987654304\"}", Map.of());

        assertThat(r.status()).isEqualTo(201);
        assertThat(from("discar_numero", "numero_ramal_origem")).containsExactly("201");
        // The audit names the API's caller, not the window's user.
        List<String> actors = console.runtime.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT actor FROM audit_log WHERE action = 'chamada.discar'").mapTo(String.class).list());
        assertThat(actors).containsExactly("agente");
    }

    @Test
    void demoModeLinksTheAgentAndTheSupervisorToTheirExtensionsAndOperators() {
        var jdbi = console.runtime.database().jdbi();
        Map<String, String> operators = jdbi.withHandle(h -> h.createQuery(
                        "SELECT login, pbx_operator_id FROM app_user WHERE pbx_operator_id IS NOT NULL")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertThat(operators).containsExactlyInAnyOrderEntriesOf(Map.of("agente", "1", "supervisor", "2"));
    }
}
