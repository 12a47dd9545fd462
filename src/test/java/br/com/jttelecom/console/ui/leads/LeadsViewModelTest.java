package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.calls.DialRequests;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.service.leads.LeadValidator;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The leads page's view-models on a real database, without a stage: work runs inline. */
class LeadsViewModelTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.portuguese();
    private final InlineTaskRunner tasks = new InlineTaskRunner();
    private final List<String> dialled = new ArrayList<>();
    private final DialRequests dial = (leadId, e164, opportunityId) -> dialled.add(leadId + " " + e164
            + (opportunityId == null ? "" : " oportunidade " + opportunityId));
    private Database db;
    private Leads leads;
    private LeadTexts texts;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir);
        PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
        leads = new Leads(new LeadRepository(db.jdbi()), new OpportunityRepository(db.jdbi()), new CallRepository(db.jdbi()),
                new LeadValidator(phones, messages), phones);
        texts = new LeadTexts(messages, leads, ZoneId.of("America/Sao_Paulo"), java.time.Clock.systemUTC());
        leads.save(new LeadForm(null, "João Conceição", "Padaria São Jorge", "(11) 98765-4321\n(11) 3333-4444", "",
                LeadStage.CONTACTED, null, null, ""));
        leads.save(new LeadForm(null, "Maria Souza", "Acme", "(48) 99123-4567", "", LeadStage.NEW, null, null, ""));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private LeadsViewModel page(Optional<DialRequests> dialer) {
        return new LeadsViewModel(leads, texts, messages, tasks, dialer);
    }

    @Test
    void searchReplacesTheRowsWithFormattedLeads() {
        LeadsViewModel vm = page(Optional.of(dial));
        vm.search("");
        assertThat(vm.rows()).extracting(LeadRow::name).containsExactly("João Conceição", "Maria Souza");
        vm.search("joao");
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.phonesDisplay()).containsExactly("(11) 98765-4321", "(11) 3333-4444");
            assertThat(r.stage()).isEqualTo("Contatado");
        });
        assertThat(vm.statusProperty().get()).isEqualTo("1 lead");
    }

    /** "Agendada" on the call panel schedules the callback; the lead list's "Próximo retorno" reads it. */
    @Test
    void aScheduledCallbackIsShownInTheNextCallbackColumn() {
        long joao = leads.search("joao", 1).get(0).lead().id();
        java.time.ZonedDateTime due = java.time.LocalDate.now(ZoneId.of("America/Sao_Paulo")).atTime(10, 30)
                .atZone(ZoneId.of("America/Sao_Paulo"));
        new br.com.jttelecom.console.store.CallbackRepository(db.jdbi(), java.time.Clock.systemUTC())
                .schedule(null, joao, "+5511987654321", due.toInstant());
        LeadsViewModel vm = page(Optional.of(dial));

        vm.search("joao");

        assertThat(vm.rows()).singleElement().extracting(LeadRow::nextCallback)
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd/MM").format(due) + " 10:30");
    }

    /** Seen in a real window: a lead saved as the 201st, and the page still said "200 leads", as if it was lost. */
    @Test
    void aFullPageSaysItIsPartOfTheLeadsThatMatch() {
        java.util.List<br.com.jttelecom.console.model.Lead> more = new java.util.ArrayList<>();
        for (int i = 0; i < LeadsViewModel.LIMIT; i++) {
            more.add(new br.com.jttelecom.console.model.Lead(null, "Zélia " + i, "Acme", java.util.List.of("+55119" + (10000000 + i)),
                    null, LeadStage.NEW, null, null, null, null));
        }
        new LeadRepository(db.jdbi()).insertAll(more);
        LeadsViewModel vm = page(Optional.of(dial));

        vm.search("");
        assertThat(vm.rows()).hasSize(LeadsViewModel.LIMIT);
        assertThat(vm.statusProperty().get()).isEqualTo("200 de 202 leads");
        vm.search("maria");
        assertThat(vm.statusProperty().get()).isEqualTo("1 lead");
        vm.search("zelia");
        assertThat(vm.statusProperty().get()).as("a narrow search counts its matches").isEqualTo("200 leads");
    }

    @Test
    void aSearchWithNoMatchSaysSo() {
        LeadsViewModel vm = page(Optional.of(dial));
        vm.search("zzz");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Nenhum lead encontrado.");
    }

    @Test
    void callingTheSelectedLeadAsksForItsMainPhone() {
        LeadsViewModel vm = page(Optional.of(dial));
        vm.search("maria");
        vm.selectedProperty().set(vm.rows().get(0));
        vm.callSelected();
        assertThat(dialled).containsExactly(vm.rows().get(0).id() + " +5548991234567");
    }

    @Test
    void withoutADiallerTheCallButtonsAreOffAndNothingIsAsked() {
        LeadsViewModel vm = page(Optional.empty());
        vm.search("maria");
        vm.selectedProperty().set(vm.rows().get(0));
        vm.callSelected();
        assertThat(vm.canDialProperty().get()).isFalse();
        assertThat(dialled).isEmpty();
        assertThat(vm.callTooltip("x")).isEqualTo("Discagem indisponível nesta versão do console");
    }

    @Test
    void criarLeadForAnUnknownCallerOpensTheFormWithTheNumber() {
        LeadsViewModel vm = page(Optional.of(dial));
        vm.requestCreate("48999990000");
        assertThat(vm.createRequestProperty().get().phonesText()).isEqualTo("48999990000");
    }

    @Test
    void aBadPhoneInTheFormShowsTheMessageAndKeepsWhatWasTyped() {
        LeadFormViewModel form = new LeadFormViewModel(leads, messages, tasks, LeadForm.empty());
        form.nameProperty().set("Carlos Pereira");
        form.phonesProperty().set("(11) 1234");
        List<Long> saved = new ArrayList<>();
        form.save(l -> saved.add(l.id()));
        assertThat(saved).isEmpty();
        assertThat(form.phonesErrorProperty().get()).startsWith("Telefone (11) 1234: Número curto demais");
        assertThat(form.nameErrorProperty().get()).isEmpty();
        assertThat(form.nameProperty().get()).isEqualTo("Carlos Pereira");
        assertThat(form.phonesProperty().get()).isEqualTo("(11) 1234");

        form.phonesProperty().set("(11) 91234-5678");
        form.save(l -> saved.add(l.id()));
        assertThat(saved).hasSize(1);
        assertThat(form.phonesErrorProperty().get()).isEmpty();
    }

    @Test
    void theCardShowsTheLeadsFiguresAndNoCallsYet() {
        LeadCardViewModel card = new LeadCardViewModel(leads, texts, messages, tasks, Optional.empty());
        long id = leads.search("maria", 1).get(0).lead().id();
        card.show(id);
        assertThat(card.shownProperty().get()).isTrue();
        assertThat(card.nameProperty().get()).isEqualTo("Maria Souza");
        assertThat(card.detailsProperty().get()).contains("Acme").contains("(48) 99123-4567");
        assertThat(card.statsProperty().get()).isEqualTo("Ligações: 0 · atendidas: 0 · último contato: nunca · tempo falado: 0:00");
        assertThat(card.calls()).isEmpty();
    }

    /** The card's last calls read talk, wait and total as the call detail and the call panel do. */
    @Test
    void theCardsLastCallShowsTalkWaitAndTotal() {
        long id = leads.search("maria", 1).get(0).lead().id();
        java.time.Instant start = java.time.Instant.parse("2026-03-14T18:00:00Z");
        new CallRepository(db.jdbi()).insert(new br.com.jttelecom.console.model.Call(null, id, null, null,
                "+5548991234567", br.com.jttelecom.console.model.Direction.INBOUND, java.time.Duration.ofSeconds(80),
                br.com.jttelecom.console.model.CallStatus.COMPLETED, start, start.plusSeconds(80), null, "card-t", null,
                "201", "Ana Souza", java.time.Duration.ZERO, java.time.Duration.ofMillis(70_500), null, null, null, null,
                null, null));
        LeadCardViewModel card = new LeadCardViewModel(leads, texts, messages, tasks, Optional.empty());

        card.show(id);

        assertThat(card.calls()).singleElement().asString().endsWith(" · Conversa 1:10 · Espera 0:10 · Total 1:20");
        assertThat(card.statsProperty().get()).endsWith("tempo falado: 1:10");
    }

    /** The card reads itself again when a call about its lead ends, not for a live call or another lead's. */
    @Test
    void theCardFollowsTheEndOfACallAboutItsLead() {
        long id = leads.search("maria", 1).get(0).lead().id();
        LeadCardViewModel card = new LeadCardViewModel(leads, texts, messages, tasks, Optional.empty());
        card.show(id);
        assertThat(card.calls()).isEmpty();
        java.time.Instant start = java.time.Instant.parse("2026-03-14T18:00:00Z");
        long callId = new CallRepository(db.jdbi()).insert(new br.com.jttelecom.console.model.Call(null, id, null, null,
                "+5548991234567", br.com.jttelecom.console.model.Direction.OUTBOUND, java.time.Duration.ofSeconds(80),
                br.com.jttelecom.console.model.CallStatus.COMPLETED, start, start.plusSeconds(80), null, "ended", null,
                "201", "Ana Souza", null, java.time.Duration.ofSeconds(70), null, null, null, null, null, null)).id();

        card.callChanged(tracked(callId, id, br.com.jttelecom.console.service.calls.CallPhase.TALKING));
        card.callChanged(tracked(callId, id + 1, br.com.jttelecom.console.service.calls.CallPhase.ENDED));
        assertThat(card.calls()).as("a live call, or another lead's, leaves the card as it was").isEmpty();

        card.callChanged(tracked(callId, id, br.com.jttelecom.console.service.calls.CallPhase.ENDED));
        assertThat(card.calls()).singleElement().asString().contains("Conversa 1:10");
        assertThat(card.statsProperty().get()).startsWith("Ligações: 1 · atendidas: 1");
    }

    /** Seen in a real window: the card said the call just made while the table's "Última ligação" kept the old date. */
    @Test
    void theTableRowOfALeadReadsItsNewCallWhenTheCallEndsAndStaysSelected() {
        LeadsViewModel vm = page(Optional.of(dial));
        vm.search("");
        LeadRow before = vm.rows().get(1);
        assertThat(before.name()).isEqualTo("Maria Souza");
        assertThat(before.lastCall()).isEmpty();
        vm.selectedProperty().set(before);
        java.time.Instant start = java.time.Instant.parse("2026-03-14T18:00:00Z");
        long callId = new CallRepository(db.jdbi()).insert(new br.com.jttelecom.console.model.Call(null, before.id(), null, null,
                "+5548991234567", br.com.jttelecom.console.model.Direction.OUTBOUND, java.time.Duration.ofSeconds(80),
                br.com.jttelecom.console.model.CallStatus.COMPLETED, start, start.plusSeconds(80), null, "ended", null,
                "201", "Ana Souza", null, java.time.Duration.ofSeconds(70), null, null, null, null, null, null)).id();

        vm.callChanged(tracked(callId, before.id(), br.com.jttelecom.console.service.calls.CallPhase.TALKING));
        assertThat(vm.rows().get(1)).as("a live call leaves the row as it was").isSameAs(before);

        vm.callChanged(tracked(callId, before.id(), br.com.jttelecom.console.service.calls.CallPhase.ENDED));
        assertThat(vm.rows()).extracting(LeadRow::name).containsExactly("João Conceição", "Maria Souza");
        assertThat(vm.rows().get(1).lastCall()).isEqualTo("14/03 15:00");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.rows().get(1));
        assertThat(vm.rows().get(0).lastCall()).as("another lead's row is not touched").isEmpty();
    }

    private static br.com.jttelecom.console.service.calls.TrackedCall tracked(long callId, long leadId,
                                                                        br.com.jttelecom.console.service.calls.CallPhase phase) {
        return new br.com.jttelecom.console.service.calls.TrackedCall(callId, null, leadId, "Maria", "+5548991234567",
                br.com.jttelecom.console.model.Direction.OUTBOUND, phase, java.time.Instant.now(), null, null, null,
                null, null);
    }

    /** An answered call the PBX gave no talk time for is said beside the sum, never added as its total time. */
    @Test
    void aCallWithoutItsTalkTimeIsLeftOutOfTheTalkSumAndSaid() {
        long id = leads.search("maria", 1).get(0).lead().id();
        java.time.Instant start = java.time.Instant.parse("2026-03-14T18:00:00Z");
        CallRepository calls = new CallRepository(db.jdbi());
        calls.insert(new br.com.jttelecom.console.model.Call(null, id, null, null, "+5548991234567",
                br.com.jttelecom.console.model.Direction.INBOUND, java.time.Duration.ofSeconds(80),
                br.com.jttelecom.console.model.CallStatus.COMPLETED, start, start.plusSeconds(80), null, "known", null,
                "201", "Ana Souza", null, java.time.Duration.ofSeconds(70), null, null, null, null, null, null));
        calls.insert(new br.com.jttelecom.console.model.Call(null, id, null, null, "+5548991234567",
                br.com.jttelecom.console.model.Direction.INBOUND, java.time.Duration.ofSeconds(300),
                br.com.jttelecom.console.model.CallStatus.COMPLETED, start.plusSeconds(600), start.plusSeconds(900), null,
                "unknown", null, "201", "Ana Souza", null, null, null, null, null, null, null, null));
        LeadCardViewModel card = new LeadCardViewModel(leads, texts, messages, tasks, Optional.empty());

        card.show(id);

        assertThat(card.statsProperty().get())
                .endsWith("tempo falado: 1:10 (fora 1 chamada sem tempo de conversa no PABX)");
    }

    @Test
    void eachOpportunityShowsItsFiguresAndACallAboutItCarriesItsId() {
        long id = leads.search("joão", 1).get(0).lead().id();
        var opportunity = new OpportunityRepository(db.jdbi()).insert(new br.com.jttelecom.console.model.Opportunity(
                null, id, "Plano PABX", LeadStage.PROPOSAL, null, null, null, null));
        LeadCardViewModel card = new LeadCardViewModel(leads, texts, messages, tasks, Optional.of(dial));
        card.show(id);
        assertThat(card.opportunities()).singleElement().satisfies(line -> {
            assertThat(line.id()).isEqualTo(opportunity.id());
            assertThat(line.text()).startsWith("Plano PABX").endsWith(
                    "Ligações: 0 · atendidas: 0 · último contato: nunca · tempo falado: 0:00");
        });
        card.callAbout(card.opportunities().get(0));
        assertThat(dialled).containsExactly(id + " +5511987654321 oportunidade " + opportunity.id());
    }

    @Test
    void whileThePbxIsDownNothingDialsAndTheButtonsSayWhy() {
        javafx.beans.property.SimpleBooleanProperty pbxDown = new javafx.beans.property.SimpleBooleanProperty(true);
        LeadsViewModel vm = new LeadsViewModel(leads, texts, messages, tasks, Optional.of(dial), pbxDown);
        vm.search("maria");
        vm.selectedProperty().set(vm.rows().get(0));

        vm.callSelected();
        vm.call(vm.rows().get(0), "+5548991234567");
        assertThat(dialled).isEmpty();
        assertThat(vm.canDialProperty().get()).isFalse();
        assertThat(vm.canCallSelectedProperty().get()).isFalse();
        assertThat(vm.dialOffReasonProperty().get()).startsWith("PABX fora do ar: ligações desativadas");

        pbxDown.set(false);
        assertThat(vm.canCallSelectedProperty().get()).isTrue();
        assertThat(vm.dialOffReasonProperty().get()).isEmpty();
        vm.callSelected();
        assertThat(dialled).hasSize(1);
    }

    /** Seen in a real window: with "maria" searched, a lead typed in the form vanished on Salvar, as if lost. */
    @Test
    void aLeadSavedWhileASearchMissesItIsShownFirstSelectedAndNamedInANotice() {
        LeadsViewModel vm = page(Optional.of(dial));
        List<String> notices = new ArrayList<>();
        vm.noticeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                notices.add(now);
            }
        });
        vm.search("maria");
        var saved = leads.save(new LeadForm(null, "Zeca Prado", "", "(21) 99888-7766", "", LeadStage.NEW, null, null, ""));

        vm.saved(saved.id(), true);

        assertThat(vm.rows()).extracting(LeadRow::name).containsExactly("Zeca Prado", "Maria Souza");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(saved.id());
        assertThat(vm.statusProperty().get()).isEqualTo("1 lead · Zeca Prado (recém-salvo) aparece no topo, fora da busca");
        assertThat(notices).containsExactly("Lead criado: Zeca Prado");

        vm.search("maria"); // the next search typed lets it go
        assertThat(vm.rows()).extracting(LeadRow::name).containsExactly("Maria Souza");
    }

    @Test
    void aLeadEditedInsideTheSearchStaysInItsPlaceAndSelected() {
        LeadsViewModel vm = page(Optional.of(dial));
        List<String> notices = new ArrayList<>();
        vm.noticeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                notices.add(now);
            }
        });
        vm.search("");
        long maria = vm.rows().get(1).id();

        vm.saved(maria, false);

        assertThat(vm.rows()).extracting(LeadRow::name).containsExactly("João Conceição", "Maria Souza");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(maria);
        assertThat(vm.statusProperty().get()).isEqualTo("2 leads");
        assertThat(notices).containsExactly("Lead salvo: Maria Souza");
    }

    @Test
    void anImportSaysHowManyLeadsItAdded() {
        LeadsViewModel vm = page(Optional.of(dial));
        List<String> notices = new ArrayList<>();
        vm.noticeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                notices.add(now);
            }
        });

        vm.imported(2);
        vm.imported(1);
        vm.imported(1);

        assertThat(notices).containsExactly("2 leads importados.", "1 lead importado.", "1 lead importado.");
    }
}
