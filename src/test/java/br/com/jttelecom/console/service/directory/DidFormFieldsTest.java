package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every field of {@code inserir_did} / {@code alterar_did} — routing, registration, business hours —
 * reaches the PBX and comes back for editing (never the registration password); wrong ones are refused
 * with their own sentence before sending; the list says where each DID routes.
 */
class DidFormFieldsTest {

    private static final String TOKEN = "4d5e6f7a-8b9c-4d0e-9f1a-d1df1e1ds000";

    @TempDir
    Path dir;
    private SecurityFixture f;
    private PbxSimulator sim;
    private PabxClient client;
    private DidAdmin dids;

    @BeforeEach
    void start() {
        f = new SecurityFixture(dir);
        sim = PbxSimulator.builder().user("adm@acme.com.br").token(TOKEN).seed(4L).build().start(0);
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

    private static DidForm full(String password) {
        return new DidForm("4833330001", "fila", "2", true, "20", true, "sip.operadora.com.br", "did4833330001",
                password, true, "08:30", "18:00", "1, 2, 3, 4, 5", "01/01, 25/12");
    }

    private static DidForm hours(String opens, String closes, String days, String holidays) {
        return new DidForm("4833330002", "ura", "1", false, "", false, null, null, null, true, opens, closes, days,
                holidays);
    }

    @Test
    void everyFieldReachesThePbxAndComesBackForEditingButThePassword() {
        String id = dids.create(full("Registro#Senha1"));

        RecordedRequest sent = sim.requests().stream().filter(r -> r.action().equals("inserir_did")).findFirst().orElseThrow();
        assertThat(sent.param("habilitar_registro")).isEqualTo("1");
        assertThat(sent.param("registro_dominio")).isEqualTo("sip.operadora.com.br");
        assertThat(sent.param("horario_funcionamento_inicio")).isEqualTo("08:30");
        assertThat(sent.param("horario_funcionamento_dias_semana")).isEqualTo("[\"1\",\"2\",\"3\",\"4\",\"5\"]");
        assertThat(sent.param("horario_funcionamento_lista_feriados")).isEqualTo("[\"01/01\",\"25/12\"]");
        assertThat(sent.params().toString()).as("the request log drops secrets").doesNotContain("Registro#Senha1");

        DidAdmin.Routed row = dids.list().stream().filter(r -> r.did().pbxId().equals(id)).findFirst().orElseThrow();
        assertThat(row.route()).isEqualTo("Fila 2");
        assertThat(row.current()).usingRecursiveComparison().isEqualTo(full(null));

        // Editing without retyping the password keeps the PBX's.
        dids.update(id, full(""));
        assertThat(sim.requests().stream().filter(r -> r.action().equals("alterar_did")).findFirst().orElseThrow()
                .params().toString()).doesNotContain("registro_senha");
    }

    @ParameterizedTest(name = "{0}–{1} {2} / {3} → {4}")
    @CsvSource(delimiter = '|', value = {
            "8h    | 18:00 | 1     | ''     | Informe o início do horário de funcionamento como HH:MM (ex.: 08:00).",
            "18:00 | 08:00 | 1     | ''     | O horário de funcionamento deve começar antes de terminar.",
            "08:00 | 18:00 | 0, 8  | ''     | Informe os dias de funcionamento de 1 (segunda) a 7 (domingo), separados por vírgula.",
            "08:00 | 18:00 | ''    | ''     | Informe os dias de funcionamento de 1 (segunda) a 7 (domingo), separados por vírgula.",
            "08:00 | 18:00 | 1     | 31/02  | 'Feriado inválido: \"31/02\". Use dia/mês, como 25/12.'"
    })
    void wrongBusinessHoursAreRefusedBeforeSending(String opens, String closes, String days, String holidays,
                                                   String message) {
        assertThatThrownBy(() -> dids.create(hours(opens, closes, days, holidays)))
                .isInstanceOf(InvalidInput.class).hasMessage(message);
        assertThat(sim.requestCount("inserir_did")).isZero();
    }

    @Test
    void aRegisteredDidNeedsDomainUserAndAPasswordWhenCreated() {
        assertThatThrownBy(() -> dids.create(new DidForm("4833330003", "ramal", "201", false, "", true, "", "u", "s",
                false, null, null, null, null))).hasMessageContaining("domínio do registro");
        assertThatThrownBy(() -> dids.create(new DidForm("4833330003", "ramal", "201", false, "", true,
                "sip.operadora.com.br", "u", "", false, null, null, null, null))).hasMessage("Informe a senha do registro do DID.");
        assertThat(sim.requestCount("inserir_did")).isZero();
    }

    @Test
    void theListSaysWhichExtensionQueueOrIvrEachDidRoutesTo() {
        sim.addExtension("2001", "Recepção");
        dids.create(new DidForm("4833330004", "ramal", "2001", false, null));
        dids.create(new DidForm("4833330005", "ura", "3", false, null));

        List<String> routes = dids.list().stream().filter(r -> r.did().number().startsWith("48333300"))
                .map(DidAdmin.Routed::route).toList();
        assertThat(routes).contains("Ramal 2001 — Recepção", "URA 3");
    }
}
