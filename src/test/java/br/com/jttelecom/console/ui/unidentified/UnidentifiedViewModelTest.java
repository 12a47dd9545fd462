package br.com.jttelecom.console.ui.unidentified;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.service.leads.LeadMatcher;
import br.com.jttelecom.console.service.leads.LeadValidator;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.service.history.UnidentifiedCalls;
import br.com.jttelecom.console.store.calls.CallLeadLinks;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import br.com.jttelecom.console.store.OpportunityRepository;
import br.com.jttelecom.console.store.calls.UnmatchedCalls;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import br.com.jttelecom.console.ui.history.CallTexts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "não identificadas" page's state on a real H2 file, no stage. */
class UnidentifiedViewModelTest {

    private static final Instant T = Instant.parse("2026-11-02T13:00:00Z");
    private final Messages messages = Messages.portuguese();

    @TempDir
    Path dir;
    private Database db;
    private CallRepository calls;
    private Leads leads;
    private UnidentifiedViewModel vm;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir);
        PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
        calls = new CallRepository(db.jdbi());
        leads = new Leads(new LeadRepository(db.jdbi()), new OpportunityRepository(db.jdbi()), calls,
                new LeadValidator(phones, messages), phones);
        LeadMatcher matcher = new LeadMatcher(new CallLeadLinks(db.jdbi()), leads);
        vm = new UnidentifiedViewModel(messages, new UnidentifiedCalls(new UnmatchedCalls(db.jdbi()), matcher),
                new CallTexts(messages, phones, ZoneId.of("America/Sao_Paulo"), java.time.Clock.fixed(T, ZoneOffset.UTC)), new InlineTaskRunner(), 3);
        // Seven calls: four from one number, three from three others; one minute apart, the last newest.
        String[] numbers = {"+5521998887777", "+5531988776655", "+5521998887777", "+5541999990001",
                            "+5521998887777", "+5551988880002", "+5521998887777"};
        for (int i = 0; i < numbers.length; i++) {
            calls.insert(call("c" + i, numbers[i], T.plus(Duration.ofMinutes(i))));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Call call(String id, String e164, Instant start) {
        return new Call(null, null, null, null, e164, Direction.INBOUND, Duration.ofSeconds(40), CallStatus.MISSED,
                start, start.plusSeconds(40), null, id, null, "201", null, null, null, null, null, null, null, null, null);
    }

    @Test
    void showsTheNewestPageWithTheTotalAndLoadsTheNextOnAsk() {
        vm.refresh();
        assertThat(vm.rows()).extracting(UnidentifiedRow::dateTime)
                .containsExactly("02/11 10:06:00", "02/11 10:05:00", "02/11 10:04:00");
        assertThat(vm.rows().get(0).displayNumber()).isEqualTo("(21) 99888-7777");
        assertThat(vm.rows().get(0).fromNumber()).isEqualTo("4 ligações");
        assertThat(vm.rows().get(1).fromNumber()).isEqualTo("1 ligação");
        assertThat(vm.countTextProperty().get()).isEqualTo("7 chamadas sem lead");
        assertThat(vm.hasMoreProperty().get()).isTrue();

        vm.loadMore();
        vm.loadMore();
        assertThat(vm.rows()).hasSize(7).extracting(UnidentifiedRow::callId).doesNotHaveDuplicates();
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void theAgentColumnShowsOnlyWhenTheListCanHoldOtherPeoplesCalls() {
        vm.refresh();
        assertThat(vm.showsAgentProperty().get()).as("supervisor or admin: anyone's calls").isTrue();

        PhoneNumbers phones = new PhoneNumbers(DialPlan.defaults());
        UnidentifiedViewModel agents = new UnidentifiedViewModel(messages,
                new UnidentifiedCalls(new UnmatchedCalls(db.jdbi()), new LeadMatcher(new CallLeadLinks(db.jdbi()), leads))
                        .limitedTo(() -> java.util.Optional.of(42L)),
                new CallTexts(messages, phones, ZoneId.of("America/Sao_Paulo"), java.time.Clock.fixed(T, ZoneOffset.UTC)), new InlineTaskRunner(), 3);
        agents.refresh();
        assertThat(agents.showsAgentProperty().get()).as("an agent: only their own calls").isFalse();
        assertThat(agents.rows()).isEmpty(); // none of the seven is user 42's
    }

    @Test
    void linkingANumberTakesAllItsRowsOffAndSaysHowManyCallsWent() {
        Lead ana = leads.save(LeadForm.forPhone("(11) 98765-4321").withName("Ana"));
        vm.refresh();
        vm.loadMore();

        vm.link(vm.rows().get(0), ana.id(), "Ana");

        assertThat(vm.rows()).extracting(UnidentifiedRow::number).doesNotContain("+5521998887777").hasSize(3);
        assertThat(vm.messageProperty().get()).isEqualTo("4 chamadas de (21) 99888-7777 vinculadas a Ana.");
        assertThat(vm.countTextProperty().get()).isEqualTo("3 chamadas sem lead");
        vm.loadMore(); // the last page's call from that number has its lead now: nothing comes back
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.hasMoreProperty().get()).isFalse();
    }

    @Test
    void linkingToALeadThatWasDeletedMeanwhileSaysSoAndKeepsTheRows() {
        vm.refresh();
        vm.link(vm.rows().get(0), 9_999, "Fantasma");

        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.messageProperty().get()).isEqualTo("Não foi possível vincular o número: O lead não existe mais.");
    }

    @Test
    void anEmptyListSaysSo() {
        db.jdbi().useHandle(h -> h.execute("DELETE FROM calls"));
        vm.refresh();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Nenhuma chamada sem lead.");
        assertThat(vm.totalProperty().get()).isZero();
        // ChoiceFormat read 0 as its first choice: the header said "1 chamada sem lead" over an empty list.
        assertThat(vm.countTextProperty().get()).isEqualTo("Nenhuma chamada sem lead");
    }

    /** The lead search of "Vincular…" failing (the database closed under it) says so instead of an empty list. */
    @Test
    void aLeadSearchThatFailsSaysSoInTheLinkDialog() {
        LinkLeadViewModel link = new LinkLeadViewModel(leads, messages, new InlineTaskRunner());
        link.search("");
        assertThat(link.searchErrorProperty().get()).isEmpty();

        db.close();
        link.search("ana");

        assertThat(link.choices()).isEmpty();
        assertThat(link.searchErrorProperty().get()).isEqualTo("Não foi possível ler os leads do banco local. Tente de novo.");
        db = Database.openFolder(dir); // for close()
    }
}
