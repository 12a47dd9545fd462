package br.com.jttelecom.console.service.history;

import static br.com.jttelecom.console.service.history.HistoryFixture.with;
import static br.com.jttelecom.console.service.history.HistoryFixture.withPreset;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.accounts.VisibleActivity;
import br.com.jttelecom.console.store.calls.CallFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallHistoryTest {

    /** 00:30 on 15/03/2026 in São Paulo (UTC−3), already 03:30 UTC: the zone decides which day is "today". */
    static final Instant NOW = Instant.parse("2026-03-15T03:30:00Z");

    @TempDir
    Path folder;
    HistoryFixture store;

    @BeforeEach
    void open() {
        store = new HistoryFixture(folder, NOW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0} at 00:30 in São Paulo covers {1} to {2}")
    @CsvSource({
            "TODAY,       2026-03-15T03:00:00Z, 2026-03-16T03:00:00Z",
            "YESTERDAY,   2026-03-14T03:00:00Z, 2026-03-15T03:00:00Z",
            "LAST_7_DAYS, 2026-03-09T03:00:00Z, 2026-03-16T03:00:00Z",
            "MONTH,       2026-03-01T03:00:00Z, 2026-03-16T03:00:00Z"})
    void presetsResolveToMidnightsInTheUsersZone(PeriodPreset preset, Instant from, Instant to) {
        CallFilter f = store.history.resolve(withPreset(preset));
        assertThat(f.from()).isEqualTo(from);
        assertThat(f.to()).isEqualTo(to);
    }

    @Test
    void aCallAtTwentyPastElevenAtNightIsYesterdaysNotTodaysAlthoughItIsTodayInUtc() {
        store.add(Instant.parse("2026-03-15T02:20:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        store.add(Instant.parse("2026-03-15T03:10:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);

        assertThat(store.history.count(withPreset(PeriodPreset.TODAY))).isEqualTo(1);
        assertThat(store.history.count(withPreset(PeriodPreset.YESTERDAY))).isEqualTo(1);
    }

    @Test
    void aCustomPeriodIncludesBothOfItsDaysAndAcceptsThemReversed() {
        store.add(Instant.parse("2026-02-01T12:00:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        store.add(Instant.parse("2026-02-03T12:00:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        store.add(Instant.parse("2026-02-04T12:00:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        HistoryFilter custom = new HistoryFilter(PeriodPreset.CUSTOM, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 1),
                Set.of(), Set.of(), null, null, null, null, null, null);

        assertThat(store.history.count(custom)).isEqualTo(2);
    }

    @Test
    void statusDirectionExtensionDurationAndNotesFiltersNarrowTheResult() {
        Instant t = Instant.parse("2026-03-14T15:00:00Z");
        store.add(t, CallStatus.COMPLETED, Direction.OUTBOUND, "cliente pediu proposta");
        store.add(t.plusSeconds(1), CallStatus.MISSED, Direction.INBOUND, null);
        store.calls.insert(HistoryFixture.call(t.plusSeconds(2), CallStatus.COMPLETED, Direction.INBOUND, "retornar",
                "305", Duration.ofSeconds(400)));
        HistoryFilter week = withPreset(PeriodPreset.LAST_7_DAYS);

        assertThat(store.history.count(week)).isEqualTo(3);
        assertThat(store.history.count(with(week, Set.of(CallStatus.COMPLETED), Set.of(), null, null, null, null))).isEqualTo(2);
        assertThat(store.history.count(with(week, Set.of(), Set.of(Direction.INBOUND), null, null, null, null))).isEqualTo(2);
        assertThat(store.history.count(with(week, Set.of(), Set.of(), "305", null, null, null))).isEqualTo(1);
        assertThat(store.history.count(with(week, Set.of(), Set.of(), null, Duration.ofMinutes(5), null, null))).isEqualTo(1);
        assertThat(store.history.count(with(week, Set.of(), Set.of(), null, null, Duration.ofMinutes(2), null))).isEqualTo(2);
        assertThat(store.history.count(with(week, Set.of(), Set.of(), null, null, null, "PROPOSTA"))).isEqualTo(1);
    }

    @Test
    void limitedToOneUserEveryQueryShowsOnlyThatUsersCallsWhateverTheFilter() {
        long ana = store.database.jdbi().withHandle(h -> h.createUpdate(
                "INSERT INTO app_user (login, display_name, role, created_at, updated_at) VALUES ('ana', 'Ana', 'AGENT', :t, :t)")
                .bind("t", java.time.OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        Instant t = Instant.parse("2026-03-14T15:00:00Z");
        Call mine = HistoryFixture.call(t, CallStatus.COMPLETED, Direction.OUTBOUND, null, "201", Duration.ofSeconds(60));
        store.calls.insert(new Call(null, null, null, ana, mine.phoneNumber(), mine.direction(), mine.duration(),
                mine.status(), mine.startTime(), mine.endTime(), null, null, null, "201", null, null, null, null, null,
                null, null, null, null));
        store.add(t.plusSeconds(1), CallStatus.MISSED, Direction.INBOUND, null);
        HistoryFilter week = withPreset(PeriodPreset.LAST_7_DAYS);
        assertThat(store.history.count(week)).isEqualTo(2);

        assertThat(store.history.page(week, null, 10).onlyOwnCalls()).isFalse();

        store.history.limitedTo(() -> new VisibleActivity(Set.of(ana), Set.of(), Set.of()));
        assertThat(store.history.count(week)).isEqualTo(1);
        assertThat(store.history.page(week, null, 10).calls()).extracting(Call::userId).containsExactly(ana);
        assertThat(store.history.page(week, null, 10).onlyOwnCalls()).as("one agent: no agent column").isTrue();
        HistoryFilter someoneElses = new HistoryFilter(week.preset(), week.customFrom(), week.customTo(), week.statuses(),
                week.directions(), ana + 1, week.extension(), week.leadId(), week.minDuration(), week.maxDuration(),
                week.notesText());
        assertThat(store.history.count(someoneElses)).as("an agent filter left by another user is not theirs to use")
                .isEqualTo(1);

        store.history.limitedTo(() -> VisibleActivity.teamAndUnowned(Set.of(ana), Set.of(), Set.of(), Set.of()));
        assertThat(store.history.page(week, null, 10).onlyOwnCalls()).as("a team lead sees others' too").isFalse();

        store.history.limitedTo(VisibleActivity::everyone);
        assertThat(store.history.count(week)).isEqualTo(2);
    }

    @Test
    void aPageNamesTheLeadsOfItsCalls() {
        long lead = store.database.jdbi().withHandle(h -> h.createUpdate(
                        "INSERT INTO lead (name, company, stage, created_at, updated_at) "
                                + "VALUES ('Aline Andrade', 'Pet Shop', 'NEW', :t, :t)")
                .bind("t", java.time.OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        Instant t = Instant.parse("2026-03-14T15:00:00Z");
        Call withLead = HistoryFixture.call(t, CallStatus.COMPLETED, Direction.OUTBOUND, null, "201", Duration.ofSeconds(60));
        store.calls.insert(new Call(null, lead, null, null, withLead.phoneNumber(), withLead.direction(),
                withLead.duration(), withLead.status(), withLead.startTime(), withLead.endTime(), null, null, null, "201",
                null, null, null, null, null, null, null, null, null));
        store.add(t.plusSeconds(1), CallStatus.MISSED, Direction.INBOUND, null);

        StoredHistoryPage page = store.history.page(withPreset(PeriodPreset.LAST_7_DAYS), null, 10);

        assertThat(page.calls()).hasSize(2);
        assertThat(page.calls()).extracting(page::leadName).containsExactly(null, "Aline Andrade");
        assertThat(store.history.detail(page.calls().get(1).id()).orElseThrow().leadName()).isEqualTo("Aline Andrade");
        assertThat(store.history.detail(page.calls().get(0).id()).orElseThrow().leadName()).isNull();
    }

    @Test
    void pagingForwardThenBackCoversEveryRowOnceAndReturnsTheSamePages() {
        Instant t = Instant.parse("2026-03-13T12:00:00Z");
        for (int i = 0; i < 23; i++) {
            // Pairs share a start time: the keyset cursor must neither skip nor repeat them.
            store.add(t.plusSeconds(i / 2), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        }
        HistoryFilter week = withPreset(PeriodPreset.LAST_7_DAYS);
        List<PageMark> starts = new ArrayList<>();
        List<List<Call>> pages = new ArrayList<>();
        PageMark start = null;
        do {
            starts.add(start);
            StoredHistoryPage page = store.history.page(week, start, 5);
            pages.add(page.calls());
            start = page.next();
        } while (start != null);

        Set<Long> ids = new HashSet<>();
        pages.forEach(p -> p.forEach(c -> assertThat(ids.add(c.id())).isTrue()));
        assertThat(ids).hasSize(23);
        assertThat(pages).hasSize(5);
        assertThat(store.history.page(week, starts.get(2), 5).calls()).isEqualTo(pages.get(2));
        assertThat(store.history.page(week, starts.get(1), 5).calls()).isEqualTo(pages.get(1));
    }

    @Test
    void notesAndOutcomeAreSavedAndTheDetailCarriesTheTimeline() {
        Call c = store.add(Instant.parse("2026-03-14T15:00:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND, null);
        store.events.append(CallEvent.of(c.id(), "dialing", null, c.startTime()));
        store.events.append(CallEvent.of(c.id(), "answered", "{\"ramal\":\"201\"}", c.startTime().plusSeconds(5)));

        assertThat(store.history.saveNotes(c.id(), "Ligar de novo às 15h; falar com João")).isTrue();
        assertThat(store.history.saveOutcome(c.id(), Outcome.SCHEDULED)).isTrue();

        CallDetail detail = store.history.detail(c.id()).orElseThrow();
        assertThat(detail.call().notes()).isEqualTo("Ligar de novo às 15h; falar com João");
        assertThat(detail.call().outcome()).isEqualTo(Outcome.SCHEDULED);
        assertThat(detail.events()).extracting(CallEvent::eventType).containsExactly("dialing", "answered");
        assertThat(store.history.saveNotes(999_999, "x")).isFalse();
    }

    @Test
    void theFilterSurvivesReopeningTheStore() {
        HistoryFilter chosen = new HistoryFilter(PeriodPreset.CUSTOM, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 9),
                Set.of(CallStatus.MISSED, CallStatus.BUSY), Set.of(Direction.INBOUND), 7L, "201", 42L,
                Duration.ofSeconds(30), Duration.ofMinutes(10), "proposta; \"urgente\"");
        store.history.saveFilter(chosen);
        store.close();
        store = new HistoryFixture(folder, NOW);

        assertThat(store.history.savedFilter()).isEqualTo(chosen);
    }

    /** Seen in a real window: the supervisor opened the history on the filter the agent had left. */
    @Test
    void eachPersonGetsBackTheirOwnSavedFilter() {
        java.util.concurrent.atomic.AtomicReference<Long> signedIn = new java.util.concurrent.atomic.AtomicReference<>(7L);
        store.history.savingFiltersFor(() -> java.util.Optional.ofNullable(signedIn.get()));
        HistoryFilter agents = withPreset(PeriodPreset.TODAY);
        store.history.saveFilter(agents);

        signedIn.set(8L);
        assertThat(store.history.savedFilter()).isEqualTo(HistoryFilter.defaults());
        store.history.saveFilter(withPreset(PeriodPreset.MONTH));

        signedIn.set(7L);
        assertThat(store.history.savedFilter()).isEqualTo(agents);
    }

    @Test
    void aFirstStartShowsTheLastSevenDays() {
        assertThat(store.history.savedFilter()).isEqualTo(HistoryFilter.defaults());
    }
}
