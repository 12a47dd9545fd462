package br.com.jttelecom.console.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.accounts.ActivityVisibility;
import br.com.jttelecom.console.service.accounts.PermissionDenied;
import br.com.jttelecom.console.service.history.HistoryFixture;
import br.com.jttelecom.console.testsupport.SecurityFixture;
import br.com.jttelecom.console.service.history.CallHistory;
import br.com.jttelecom.console.service.history.HistoryExport;
import br.com.jttelecom.console.service.history.HistoryFilter;
import br.com.jttelecom.console.service.history.PeriodPreset;
import br.com.jttelecom.console.service.stats.Stats;
import br.com.jttelecom.console.service.stats.StatsCards;
import br.com.jttelecom.console.service.stats.StatsPeriod;
import br.com.jttelecom.console.service.stats.StatsReport;
import br.com.jttelecom.console.service.stats.StatsScope;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.ExtensionLinkRepository;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import br.com.jttelecom.console.store.SettingRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Team scope checked in the services, not only hidden on screen: an agent sees their own calls, a supervisor
 * their team's (Vendas: agente and supervisor, not Bruno of Suporte) plus the calls of no user (a call on an
 * unlinked extension, a queue call that reached nobody), an admin everyone's — in the history, the call detail and
 * its edits, the export and the stats.
 */
class VisibilityByRoleTest {

    static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    static final Instant CALL_TIME = Instant.parse("2026-11-29T13:00:00Z"); // the fixture's clock is 12:00 UTC

    @TempDir
    Path dir;
    SecurityFixture f;
    CallHistory history;
    Stats stats;
    CallRepository calls;
    Map<String, Long> callOf;

    @BeforeEach
    void open() {
        f = new SecurityFixture(dir);
        f.accounts.seedDemoUsers();
        var jdbi = f.database.jdbi();
        long bruno = f.users.insert("bruno", "Bruno Dias", Role.AGENT.name(), "-", f.users.teamId("Suporte"));
        ExtensionLinkRepository extensions = new ExtensionLinkRepository(jdbi);
        long agente = f.users.byLogin("agente").orElseThrow().id();
        long supervisor = f.users.byLogin("supervisor").orElseThrow().id();
        link(extensions, agente, "1", "201");
        link(extensions, supervisor, "2", "202");
        link(extensions, bruno, "3", "203");
        ActivityVisibility visibility = new ActivityVisibility(f.session, f.users, extensions);
        calls = new CallRepository(jdbi, f.clock);
        history = new CallHistory(calls, new CallEventRepository(jdbi), new SettingRepository(jdbi, f.clock),
                new br.com.jttelecom.console.store.LeadLookup(jdbi), f.clock, SP)
                .limitedTo(visibility::current);
        stats = new Stats(new CallStatsRepository(jdbi), new OperatorSpanQuery(jdbi), f.clock, SP)
                .limitedTo(visibility::current);
        callOf = Map.of(
                "agente", calls.insert(call(agente, "201", 0)).id(),
                "supervisor", calls.insert(call(supervisor, "202", 1)).id(),
                "bruno", calls.insert(call(bruno, "203", 2)).id(),
                "nobody", calls.insert(call(null, "299", 3)).id());
        OperatorSessionRepository sessions = new OperatorSessionRepository(jdbi);
        sessions.begin("1", OperatorState.AVAILABLE, null, CALL_TIME.minusSeconds(3600));
        sessions.begin("3", OperatorState.AVAILABLE, null, CALL_TIME.minusSeconds(3600));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest(name = "{0} sees {1} calls in the history, the export and the stats")
    @CsvSource({"AGENT, 1", "SUPERVISOR, 3", "ADMIN, 4"}) // the supervisor: agente's, their own and nobody's
    void everyListOfCallsHoldsOnlyWhatTheRoleMaySee(Role role, long visible) throws Exception {
        f.signInAs(role);
        HistoryFilter week = HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS);
        assertThat(history.count(week)).isEqualTo(visible);
        assertThat(history.page(week, null, 50).calls()).hasSize((int) visible);

        Path file = dir.resolve("export-" + role + ".csv");
        long rows = new HistoryExport(new CallRepository(f.database.jdbi(), f.clock), history, Messages.portuguese(), f.audit)
                .export(week, file, (w, t) -> { }, () -> false);
        assertThat(rows).isEqualTo(visible);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize((int) visible + 1);

        StatsReport report = stats.report(StatsPeriod.days(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29), SP),
                StatsScope.all());
        assertThat(report.current().total()).isEqualTo(visible);
    }

    @ParameterizedTest(name = "{0} opens {1}''s call → {2}")
    @CsvSource({
            "AGENT,      agente,     true",
            "AGENT,      supervisor, false",
            "AGENT,      nobody,     false",
            "SUPERVISOR, agente,     true",
            "SUPERVISOR, bruno,      false",
            "SUPERVISOR, nobody,     true",
            "ADMIN,      bruno,      true",
            "ADMIN,      nobody,     true"})
    void theDetailTheRecordingLinkAndTheEditsOfACallFollowTheTeam(Role role, String owner, boolean allowed) {
        f.signInAs(role);
        long id = callOf.get(owner);
        if (allowed) {
            assertThat(history.detail(id)).isPresent();
            assertThat(history.saveNotes(id, "ok")).isTrue();
        } else {
            assertThatThrownBy(() -> history.detail(id)).isInstanceOf(PermissionDenied.class)
                    .hasMessageContaining("não permite vê-la");
            assertThatThrownBy(() -> history.saveNotes(id, "invasão")).isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> history.saveOutcome(id, Outcome.PRODUCTIVE)).isInstanceOf(PermissionDenied.class);
            f.accounts.signOut();
            f.signInAs(Role.ADMIN);
            Call untouched = history.detail(id).orElseThrow().call();
            assertThat(untouched.notes()).isNull();
            assertThat(untouched.outcome()).isNull();
        }
    }

    @Test
    void aSupervisorCannotWidenTheStatsToAnotherTeamNorSeeItsOperatorTimeline() {
        f.signInAs(Role.SUPERVISOR);
        StatsPeriod day = StatsPeriod.days(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29), SP);
        long bruno = f.users.byLogin("bruno").orElseThrow().id();
        assertThat(stats.report(day, StatsScope.of(Set.of(bruno), Set.of("3"))).current().total()).isZero();
        assertThat(stats.report(day, StatsScope.all()).states()).extracting(StatsReport.StateTime::operatorId)
                .containsOnly("1");
    }

    @Test
    void aSupervisorsStatsCountTheQueueCallThatReachedNobodyButNotAnotherTeamsCalls() {
        StatsPeriod day = StatsPeriod.days(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29), SP);
        long agente = f.users.byLogin("agente").orElseThrow().id();
        long bruno = f.users.byLogin("bruno").orElseThrow().id();
        calls.insert(inbound(agente, "201", CallStatus.COMPLETED, 10, 10));
        calls.insert(inbound(null, null, CallStatus.MISSED, 11, 45)); // gave up in the queue: no agent, no extension
        calls.insert(inbound(bruno, "203", CallStatus.MISSED, 12, 90)); // Suporte's: never the Vendas supervisor's
        f.signInAs(Role.SUPERVISOR);

        StatsCards team = stats.report(day, StatsScope.all()).current();
        assertThat(team.total()).isEqualTo(5); // 2 outbound of the team, the unlinked extension's, 2 inbound
        assertThat(team.missed()).isEqualTo(1);
        assertThat(team.abandonRate()).isEqualTo(0.5); // 1 of the 2 inbound offered
        assertThat(team.tme()).isEqualTo(Duration.ofMillis(27_500)); // (10 + 45) / 2: Bruno's 90 s left out
        assertThat(history.count(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS))).isEqualTo(5);

        // A live refresh reads only the hour of the new call: its row of no user counts there too.
        calls.insert(inbound(null, null, CallStatus.MISSED, 13, 30));
        assertThat(stats.report(day, StatsScope.all()).current().missed()).isEqualTo(2);
        // Asking for named users gives their calls only, without the calls of no user.
        assertThat(stats.report(day, StatsScope.users(Set.of(agente))).current().total()).isEqualTo(2);
    }

    @Test
    void anAgentNeverSeesTheCallsOfNoUser() {
        long agente = f.users.byLogin("agente").orElseThrow().id();
        calls.insert(inbound(agente, "201", CallStatus.COMPLETED, 10, 10));
        long abandoned = calls.insert(inbound(null, null, CallStatus.MISSED, 11, 45)).id();
        f.signInAs(Role.AGENT);
        StatsCards own = stats.report(StatsPeriod.days(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29), SP),
                StatsScope.all()).current();
        assertThat(own.total()).isEqualTo(2);
        assertThat(own.missed()).isZero();
        assertThat(own.abandonRate()).isZero();
        assertThat(history.page(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS), null, 50).calls())
                .extracting(Call::userId).containsOnly(agente);
        assertThatThrownBy(() -> history.detail(abandoned)).isInstanceOf(PermissionDenied.class)
                .hasMessageContaining("não é de nenhum usuário");
    }

    @Test
    void nobodySignedInSeesNothing() {
        assertThatThrownBy(() -> history.count(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS)))
                .isInstanceOf(PermissionDenied.class);
    }

    private void link(ExtensionLinkRepository extensions, long user, String operator, String extension) {
        f.users.linkOperator(user, operator);
        extensions.link(user, extension);
    }

    /** A queue call of the same day, after the fixture's outbound calls, that waited {@code waitS} seconds. */
    private static Call inbound(Long user, String extension, CallStatus status, int minute, int waitS) {
        Instant start = CALL_TIME.plus(Duration.ofMinutes(minute));
        Duration talk = status == CallStatus.COMPLETED ? Duration.ofSeconds(60) : Duration.ZERO;
        return new Call(null, null, null, user, "+5548991234567", Direction.INBOUND, talk, status, start,
                start.plus(talk), null, null, null, extension, null, Duration.ofSeconds(waitS), talk, null, null, null,
                null, null, null);
    }

    private static Call call(Long user, String extension, int minute) {
        Instant start = CALL_TIME.plus(Duration.ofMinutes(minute));
        return new Call(null, null, null, user, "+5548991234567", Direction.OUTBOUND, Duration.ofSeconds(60),
                CallStatus.COMPLETED, start, start.plusSeconds(60), null, null, null, extension, null, null,
                Duration.ofSeconds(60), null, null, null, null, null, null);
    }
}
