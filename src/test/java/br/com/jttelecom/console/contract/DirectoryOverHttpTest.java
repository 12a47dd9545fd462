package br.com.jttelecom.console.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.PabxAuthFailed;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.wire.DidData;
import br.com.jttelecom.console.pabx.wire.DidRecord;
import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.NamedRecord;
import br.com.jttelecom.console.pabx.wire.PersonRecord;
import br.com.jttelecom.console.sim.PbxSimulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Extensions, DIDs, operators and the small lists, through the client, in both auth styles. */
class DirectoryOverHttpTest {

    private PbxSimulator sim;
    private PabxClient client;

    private PabxClient start(AuthMode mode) {
        sim = ContractSupport.simBuilder().build().start(0);
        client = ContractSupport.client(sim, mode);
        return client;
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void listsEveryExtensionWithAllFieldsAndKeepsPasswordsOutOfToString(AuthMode mode) {
        List<ExtensionRecord> all = start(mode).listExtensions();

        assertThat(all).extracting(ExtensionRecord::numero).containsExactly("201", "202", "203", "204");
        ExtensionRecord r = all.get(0);
        assertThat(r.ramalId()).isNotBlank();
        assertThat(r.clienteId()).isNotBlank();
        assertThat(r.nome()).isNotBlank();
        assertThat(r.tipo()).isNotBlank();
        assertThat(r.usuarioAutenticacao()).isEqualTo("acme-201");
        assertThat(r.senhaSip()).isNotBlank();
        assertThat(r.senhaWeb()).isNotBlank();
        assertThat(r.codigoArea()).isEqualTo("48");
        assertThat(r.gravarChamadas()).isIn("0", "1");
        assertThat(r.bloquearRamal()).isEqualTo("0");
        assertThat(r.planoDiscagemId()).isNotBlank();
        assertThat(r.codigoIncorporacao()).contains("iframe");
        assertThat(r.encaminharTodasChamadas()).isNotNull();
        assertThat(r.encaminharOcupadoIndisponivel()).isNotNull();
        assertThat(r.encaminharOfflineSemAtendimento()).isNotNull();
        assertThat(r.toString()).doesNotContain(r.senhaSip()).doesNotContain(r.senhaWeb());
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void extensionInsertAlterDeleteAreReflectedInTheList(AuthMode mode) {
        start(mode);
        String id = client.insertExtension(ExtensionData.basic("1", "Recepção", "305", "S3nha!forte"));
        assertThat(id).isNotBlank();
        assertThat(client.listExtensions(id, null, null)).singleElement()
                .satisfies(e -> {
                    assertThat(e.numero()).isEqualTo("305");
                    assertThat(e.nome()).isEqualTo("Recepção");
                    assertThat(e.usuarioAutenticacao()).isEqualTo("acme-305");
                });

        client.alterExtension(ExtensionData.basic("1", "Recepção 2", "306", null).withRamalId(id));
        assertThat(client.listExtensions()).filteredOn(e -> id.equals(e.ramalId())).singleElement()
                .satisfies(e -> {
                    assertThat(e.nome()).isEqualTo("Recepção 2");
                    assertThat(e.numero()).isEqualTo("306");
                });

        client.deleteExtension(id);
        assertThat(client.listExtensions()).extracting(ExtensionRecord::ramalId).doesNotContain(id);
        assertThat(client.listExtensions(id, null, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void didInsertAlterDeleteAreReflectedInTheList(AuthMode mode) {
        start(mode);
        assertThat(client.listDids()).extracting(DidRecord::numero).containsExactly("4835124536");

        String id = client.insertDid(DidData.pointing("1140028922", "ramal", "201"));
        assertThat(client.listDids()).filteredOn(d -> id.equals(d.didId())).singleElement()
                .satisfies(d -> {
                    assertThat(d.numero()).isEqualTo("1140028922");
                    assertThat(d.apontarPara()).isEqualTo("ramal");
                    assertThat(d.destino()).isEqualTo("201");
                    assertThat(d.horarioFuncionamentoDiasSemana()).isNotNull();
                });

        client.alterDid(DidData.pointing("1140028922", "fila", "2").withDidId(id));
        assertThat(client.listDids()).filteredOn(d -> id.equals(d.didId())).singleElement()
                .satisfies(d -> assertThat(d.apontarPara()).isEqualTo("fila"));

        client.deleteDid(id);
        assertThat(client.listDids()).extracting(DidRecord::didId).doesNotContain(id);
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void operatorLoginPauseUnpauseLogoutShowInListarPessoas(AuthMode mode) {
        start(mode);
        List<PersonRecord> people = client.listPeople(null);
        assertThat(people).extracting(PersonRecord::nome).contains("Mariana Costa", "Rafael Lima");
        PersonRecord mariana = people.stream().filter(p -> p.nome().equals("Mariana Costa")).findFirst().orElseThrow();
        assertThat(mariana.ramal()).isEqualTo("201");
        String id = mariana.id();
        assertThat(mariana.status()).isEqualTo("deslogado");

        client.loginOperator(id);
        assertThat(statusOf(id)).isEqualTo("disponivel");
        client.pauseOperator(id, "Almoço");
        assertThat(statusOf(id)).isEqualTo("pausado");
        assertThat(sim.requests()).filteredOn(r -> "pausar_operador".equals(r.action())).singleElement()
                .satisfies(r -> assertThat(r.param("motivo_pausa")).isEqualTo("Almoço"));
        client.unpauseOperator(id);
        assertThat(statusOf(id)).isEqualTo("disponivel");
        client.logoutOperator(id);
        assertThat(statusOf(id)).isEqualTo("deslogado");
        assertThat(client.listPeople(id)).singleElement().extracting(PersonRecord::id).isEqualTo(id);
    }

    private String statusOf(String id) {
        return client.listPeople(id).get(0).status();
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void campaignsTrunksRegionsPlansAndFlowsMapTheirIdsAndNames(AuthMode mode) {
        start(mode);
        assertThat(client.listCampaigns()).hasSize(3).allSatisfy(c -> {
            assertThat(c.campanhaId()).isNotBlank();
            assertThat(c.clienteId()).isNotBlank();
            assertThat(c.nome()).isNotBlank();
        });
        for (List<NamedRecord> list : List.of(client.listTrunks(), client.listRegions(), client.listDialPlans(),
                client.listIntegrationFlows())) {
            assertThat(list).isNotEmpty().allSatisfy(n -> {
                assertThat(n.id()).isNotBlank();
                assertThat(n.nome()).isNotBlank();
            });
        }
        assertThat(client.listTrunks()).extracting(NamedRecord::id).containsExactly("1", "2");
        assertThat(client.listDialPlans()).extracting(NamedRecord::id).containsExactly("1", "2", "3");
    }

    @ParameterizedTest
    @EnumSource(AuthMode.class)
    void aWrongTokenIsAuthFailedWithThePbxSentence(AuthMode mode) {
        start(mode);
        PabxSettings good = ContractSupport.settings(sim, mode);
        PabxSettings wrong = PabxSettings.of(good.baseUrl(), ContractSupport.USER, "00000000-bad")
                .withAuthMode(mode);
        try (PabxClient bad = new PabxClient(wrong)) {
            assertThatThrownBy(bad::listExtensions).isInstanceOfSatisfying(PabxAuthFailed.class,
                    e -> assertThat(e.pbxMessage()).isEqualTo("Dados de autenticação inválidos"));
        }
    }
}
