package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.history.HistoryFixture;
import br.com.jttelecom.console.service.history.PeriodPreset;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seen in a real window: the history's agent and lead filters asked for ids ("Agente (ID)", "Lead (ID)") that no
 * agent knows, and there was no way back to an open filter but clearing each field. Real H2 file.
 */
class HistoryNameFiltersTest {

    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");
    static final List<FilterChoice> LEADS = List.of(new FilterChoice(1, "Aline Andrade · Acme"),
            new FilterChoice(2, "Bruno Barros"), new FilterChoice(3, "Bruna Borges"));

    @TempDir
    Path folder;
    HistoryFixture store;
    HistoryViewModel viewModel;

    /** The names the page offers, as the console's own choices give them: by name, the lead list's first matches. */
    private final HistoryChoices choices = new HistoryChoices() {
        @Override
        public List<FilterChoice> agents() {
            return List.of(new FilterChoice(7, "Ana Lima"), new FilterChoice(8, "Caio Reis"));
        }

        @Override
        public List<FilterChoice> leadsMatching(String typed, int limit) {
            String t = typed.toLowerCase(Locale.ROOT);
            return LEADS.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(t)).limit(limit).toList();
        }

        @Override
        public Optional<String> leadName(long leadId) {
            return LEADS.stream().filter(c -> c.id() == leadId).map(FilterChoice::name).findFirst();
        }
    };

    @BeforeEach
    void open() {
        store = new HistoryFixture(folder, NOW);
        for (long lead = 1; lead <= 3; lead++) {
            long id = lead;
            store.database.jdbi().useHandle(h -> h.createUpdate(
                            "INSERT INTO lead (id, name, stage, created_at, updated_at) VALUES (:id, :n, 'NEW', :t, :t)")
                    .bind("id", id).bind("n", "Lead " + id).bind("t", java.time.OffsetDateTime.now()).execute());
            addCall(id, 60 + (int) id);
        }
        Messages messages = Messages.portuguese();
        viewModel = new HistoryViewModel(messages, store.history, new CallTexts(messages,
                new PhoneNumbers(DialPlan.defaults()), HistoryFixture.SAO_PAULO, Clock.fixed(NOW, ZoneOffset.UTC)),
                new InlineTaskRunner(), 10, choices);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void addCall(long leadId, int seconds) {
        var c = HistoryFixture.call(Instant.parse("2026-03-14T18:00:00Z").plusSeconds(seconds), CallStatus.COMPLETED,
                Direction.OUTBOUND, null, "201", Duration.ofSeconds(seconds));
        store.calls.insert(new Call(null, leadId, null, null, c.phoneNumber(), c.direction(), c.duration(), c.status(),
                c.startTime(), c.endTime(), null, null, null, "201", null, null, null, null, null, null, null, null, null));
    }

    @Test
    void theAgentFilterOffersThePeopleByName() {
        viewModel.start();

        assertThat(viewModel.agents()).extracting(FilterChoice::name).containsExactly("Ana Lima", "Caio Reis");
    }

    @Test
    void aLeadPickedFromTheSuggestionsNarrowsTheHistoryToIt() {
        viewModel.start();
        assertThat(viewModel.rows()).hasSize(3);

        List<List<FilterChoice>> shown = new java.util.ArrayList<>();
        viewModel.suggestLeads("bru", shown::add);
        assertThat(shown).singleElement().asList().extracting(c -> ((FilterChoice) c).name())
                .containsExactly("Bruno Barros", "Bruna Borges");
        viewModel.form().pickLead(3L, "Bruna Borges");
        viewModel.search();

        assertThat(viewModel.rows()).singleElement().satisfies(r -> assertThat(r.duration()).isEqualTo("1:03"));
    }

    @Test
    void aLeadNameTypedThatOneLeadHasIsTakenWithoutPickingIt() {
        viewModel.start();

        viewModel.form().leadTextProperty().set("aline");
        viewModel.search();

        assertThat(viewModel.form().leadIdProperty().get()).isEqualTo(1L);
        assertThat(viewModel.form().leadTextProperty().get()).isEqualTo("Aline Andrade · Acme");
        assertThat(viewModel.rows()).singleElement().satisfies(r -> assertThat(r.duration()).isEqualTo("1:01"));
    }

    @Test
    void aLeadNameThatSeveralOrNoLeadsHaveIsSaidAndTheListStays() {
        viewModel.start();

        viewModel.form().leadTextProperty().set("bru");
        viewModel.search();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Há mais de um lead com “bru”: escolha um na lista de sugestões.");
        assertThat(viewModel.rows()).hasSize(3);

        viewModel.form().leadTextProperty().set("zeca");
        viewModel.search();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Nenhum lead com o nome “zeca”: o filtro de lead não foi aplicado.");
    }

    @Test
    void editingAPickedLeadsNameLetsGoOfIt() {
        viewModel.form().pickLead(2L, "Bruno Barros");

        viewModel.form().leadTextProperty().set("Bruno Barro");

        assertThat(viewModel.form().leadIdProperty().get()).isNull();
    }

    @Test
    void aSavedFilterShowsItsLeadByName() {
        viewModel.form().pickLead(1L, "Aline Andrade · Acme");
        viewModel.search();

        HistoryViewModel next = new HistoryViewModel(Messages.portuguese(), store.history, new CallTexts(Messages.portuguese(),
                new PhoneNumbers(DialPlan.defaults()), HistoryFixture.SAO_PAULO, Clock.fixed(NOW, ZoneOffset.UTC)),
                new InlineTaskRunner(), 10, choices);
        next.start();

        assertThat(next.form().leadTextProperty().get()).isEqualTo("Aline Andrade · Acme");
        assertThat(next.rows()).hasSize(1);
    }

    @Test
    void clearingTheFiltersOpensEveryOneOverTheLastSevenDays() {
        viewModel.start();
        viewModel.form().presetProperty().set(PeriodPreset.TODAY);
        viewModel.form().statuses().setAll(CallStatus.MISSED);
        viewModel.form().agentIdProperty().set(7L);
        viewModel.form().pickLead(2L, "Bruno Barros");
        viewModel.form().extensionProperty().set("202");
        viewModel.form().notesTextProperty().set("retornar");
        viewModel.search();
        assertThat(viewModel.rows()).isEmpty();

        viewModel.clearFilters();

        HistoryFilterForm form = viewModel.form();
        assertThat(form.presetProperty().get()).isEqualTo(PeriodPreset.LAST_7_DAYS);
        assertThat(form.statuses()).isEmpty();
        assertThat(form.agentIdProperty().get()).isNull();
        assertThat(form.leadIdProperty().get()).isNull();
        assertThat(form.leadTextProperty().get()).isEmpty();
        assertThat(form.extensionProperty().get()).isEmpty();
        assertThat(form.notesTextProperty().get()).isEmpty();
        assertThat(viewModel.rows()).hasSize(3);
    }
}
