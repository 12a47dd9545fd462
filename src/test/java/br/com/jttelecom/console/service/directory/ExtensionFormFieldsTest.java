package br.com.jttelecom.console.service.directory;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.RecordedRequest;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every field of {@code inserir_ramal} / {@code alterar_ramal} goes from the form to the PBX and comes
 * back for editing; each wrong field is refused with its own sentence before anything is sent.
 */
class ExtensionFormFieldsTest {

    private static final String TOKEN = "3c4d5e6f-7a8b-4c9d-8e0f-ex7f1e1ds000";

    @TempDir
    Path dir;
    private SecurityFixture f;
    private PbxSimulator sim;
    private PabxClient client;
    private Directory directory;

    @BeforeEach
    void start() {
        f = new SecurityFixture(dir);
        sim = PbxSimulator.builder().user("adm@acme.com.br").token(TOKEN).seed(3L).build().start(0);
        client = new PabxClient(PabxSettings.of(sim.baseUrl(), "adm@acme.com.br", TOKEN).withRequestsPerSecond(200));
        directory = new Directory(client, new ExtensionLinkRepository(f.database.jdbi()), f.session, f.audit);
        f.signInAs(Role.ADMIN);
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
        f.close();
    }

    private static ExtensionForm full(String number) {
        return new ExtensionForm(number, "Central", "1", "senha-sip-forte", "4833334444", "48", "2", "7", "3",
                new ExtensionFlags(true, true, true, false, true, false, true, true), "caixa@acme.com.br",
                new ForwardRule("1", "2001"), new ForwardRule("8", "48999990000"), new ForwardRule("9", ""));
    }

    private static ExtensionForm with(String field, String value) {
        ExtensionForm b = full("2400");
        return switch (field) {
            case "number" -> new ExtensionForm(value, b.name(), b.type(), b.sipPassword(), b.externalCallerId(), b.areaCode(),
                    b.extensionGroup(), b.costCenter(), b.dialPlanId(), b.flags(), b.voicemailEmail(), b.forwardAll(),
                    b.forwardOffline(), b.forwardBusy());
            case "sipPassword" -> new ExtensionForm(b.number(), b.name(), b.type(), value, b.externalCallerId(), b.areaCode(),
                    b.extensionGroup(), b.costCenter(), b.dialPlanId(), b.flags(), b.voicemailEmail(), b.forwardAll(),
                    b.forwardOffline(), b.forwardBusy());
            case "callerId" -> new ExtensionForm(b.number(), b.name(), b.type(), b.sipPassword(), value, b.areaCode(),
                    b.extensionGroup(), b.costCenter(), b.dialPlanId(), b.flags(), b.voicemailEmail(), b.forwardAll(),
                    b.forwardOffline(), b.forwardBusy());
            case "group" -> new ExtensionForm(b.number(), b.name(), b.type(), b.sipPassword(), b.externalCallerId(),
                    b.areaCode(), value, b.costCenter(), b.dialPlanId(), b.flags(), b.voicemailEmail(), b.forwardAll(),
                    b.forwardOffline(), b.forwardBusy());
            case "email" -> new ExtensionForm(b.number(), b.name(), b.type(), b.sipPassword(), b.externalCallerId(),
                    b.areaCode(), b.extensionGroup(), b.costCenter(), b.dialPlanId(), b.flags(), value, b.forwardAll(),
                    b.forwardOffline(), b.forwardBusy());
            case "busy" -> new ExtensionForm(b.number(), b.name(), b.type(), b.sipPassword(), b.externalCallerId(),
                    b.areaCode(), b.extensionGroup(), b.costCenter(), b.dialPlanId(), b.flags(), b.voicemailEmail(),
                    b.forwardAll(), b.forwardOffline(), new ForwardRule("1", value));
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void everyFieldReachesThePbxAndComesBackForEditing() {
        directory.createExtension(full("2400"), null);

        RecordedRequest sent = sim.requests().stream().filter(r -> r.action().equals("inserir_ramal")).findFirst().orElseThrow();
        assertThat(sent.param("grupo_ramais")).isEqualTo("2");
        assertThat(sent.param("centro_custo")).isEqualTo("7");
        assertThat(sent.param("plano_discagem_id")).isEqualTo("3");
        assertThat(sent.param("puxar_chamadas")).isEqualTo("1");
        assertThat(sent.param("escutar_chamadas")).isEqualTo("0");
        assertThat(sent.param("habilitar_dupla_autenticacao")).isEqualTo("1");
        assertThat(sent.param("habilitar_caixa_postal")).isEqualTo("1");
        assertThat(sent.param("caixa_postal_email")).isEqualTo("caixa@acme.com.br");
        assertThat(sent.param("encaminhar_offline_sem_atendimento")).contains("\"8\"").contains("48999990000");

        ExtensionForm back = directory.listExtensionFields().stream()
                .filter(x -> x.extension().number().equals("2400")).findFirst().orElseThrow().current();
        assertThat(back.sipPassword()).isNull();
        assertThat(back).usingRecursiveComparison().ignoringFields("sipPassword").isEqualTo(full("2400"));
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "number      | 12a               | O número do ramal deve ter de 2 a 8 dígitos.",
            "sipPassword | curta             | A senha SIP deve ter ao menos 8 caracteres.",
            "sipPassword | ''                | Informe a senha SIP do novo ramal.",
            "callerId    | 123               | O caller ID externo deve ter de 8 a 13 dígitos.",
            "group       | vendas            | O grupo de ramais deve ser o número (id) do PABX.",
            "email       | caixa@            | Informe um e-mail válido para a caixa postal.",
            "busy        | x                 | Informe o ramal de destino do encaminhamento (2 a 8 dígitos)."
    })
    void eachWrongFieldIsRefusedWithItsSentenceBeforeSending(String field, String value, String message) {
        assertThatThrownBy(() -> directory.createExtension(with(field, value), null))
                .isInstanceOf(InvalidInput.class).hasMessage(message);
        assertThat(sim.requestCount("inserir_ramal")).isZero();
    }

    @Test
    void renumberingAnExtensionTakesItsLinkAlongAndAFailedOneChangesNothing() {
        long agent = f.users.byLogin("agente").orElseThrow().id();
        String id = directory.createExtension(full("2401"), agent);
        sim.addExtension("2402", "Ocupado");

        // The PBX refuses the new number: the link stays on 2401.
        assertThatThrownBy(() -> directory.updateExtension(id, "2401", with("number", "2402"), agent))
                .hasMessageContaining("já existe um ramal");
        assertThat(directory.links()).containsEntry("2401", agent).doesNotContainKey("2402");

        directory.updateExtension(id, "2401", new ExtensionForm("2403", "Central", "1", "", null, null, false, false), null);
        assertThat(directory.links()).doesNotContainKeys("2401", "2403");
    }
}
