package br.com.jttelecom.console.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.LinkedOperator;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.service.accounts.VisibleActivity;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.OperatorSessionRepository;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cards and charts against a fixture computed by hand (the figures are in the comments). */
class StatsTest {

    static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    static final StatsPeriod PERIOD = StatsPeriod.days(DAY, DAY, SP);

    @TempDir
    Path folder;
    Database db;
    CallRepository calls;
    Stats stats;

    @BeforeEach
    void fixture() {
        db = Database.openFolder(folder);
        calls = new CallRepository(db.jdbi());
        Clock now = Clock.fixed(Instant.parse("2026-11-12T12:00:00Z"), ZoneOffset.UTC);
        stats = new Stats(new CallStatsRepository(db.jdbi()), new OperatorSpanQuery(db.jdbi()), now, SP);
        db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO app_user (id, login, display_name, role, created_at, updated_at) VALUES (5, 'ana', 'Ana Souza', 'AGENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        // Day 2026-11-10 (São Paulo):
        add(5L, "10:00", Direction.INBOUND, CallStatus.COMPLETED, 120, 100, 10, "Ana", Outcome.PRODUCTIVE, null);
        add(5L, "10:30", Direction.INBOUND, CallStatus.COMPLETED, 0, 0, 20, "Ana", null, null); // zero length; wait on the threshold
        add(null, "11:00", Direction.INBOUND, CallStatus.COMPLETED, 60, 60, 21, "João", Outcome.SCHEDULED, null); // 1 s over
        add(null, "11:10", Direction.INBOUND, CallStatus.MISSED, 0, null, 30, null, null, null); // abandoned in the queue
        add(null, "12:00", Direction.OUTBOUND, CallStatus.BUSY, 0, null, null, "João", null, null);
        add(null, "12:05", Direction.OUTBOUND, CallStatus.FAILED, 0, null, null, "João", null, "SIP 488 desconhecido");
        add(null, "14:00", Direction.OUTBOUND, CallStatus.IN_PROGRESS, null, null, null, "Ana", null, null);
        add(null, "23:50", Direction.OUTBOUND, CallStatus.COMPLETED, 1200, 1180, null, "Ana", Outcome.UNPRODUCTIVE, null); // ends after midnight
        // Outside the period: the next day, and two calls the day before (the previous period).
        addOn(DAY.plusDays(1), "00:05", Direction.OUTBOUND, CallStatus.COMPLETED, 60, 60, null);
        addOn(DAY.minusDays(1), "09:00", Direction.OUTBOUND, CallStatus.COMPLETED, 60, 60, null);
        addOn(DAY.minusDays(1), "09:30", Direction.INBOUND, CallStatus.MISSED, 0, null, 5);
        // The operator timeline: 1 h available, 2 min talking, 1 min wrap-up, 1 h paused, then logged out.
        var sessions = new OperatorSessionRepository(db.jdbi());
        sessions.begin("7", OperatorState.AVAILABLE, null, at(DAY, "09:00"));
        sessions.begin("7", OperatorState.TALKING, null, at(DAY, "10:00"));
        sessions.begin("7", OperatorState.WRAP_UP, null, at(DAY, "10:02"));
        sessions.begin("7", OperatorState.PAUSED, "Almoço", at(DAY, "10:03"));
        sessions.begin("7", OperatorState.LOGGED_OUT, null, at(DAY, "11:03"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void cardsCountEveryStatusOfThePeriod() {
        StatsCards c = stats.report(PERIOD, StatsScope.all()).current();
        assertThat(c.total()).isEqualTo(8);
        assertThat(c.answered()).isEqualTo(4);
        assertThat(c.missed()).isEqualTo(1);
        assertThat(c.busy()).isEqualTo(1);
        assertThat(c.failed()).isEqualTo(1); // the unknown SIP text still counts by its mapped status
        assertThat(c.inProgress()).isEqualTo(1);
        assertThat(c.answerRate()).isEqualTo(4 / 7.0);
    }

    @Test
    void durationsIncludeZeroLengthAnsweredCallsAndWrapUp() {
        StatsCards c = stats.report(PERIOD, StatsScope.all()).current();
        assertThat(c.avgDuration()).isEqualTo(Duration.ofSeconds(345)); // (120+0+60+1200)/4
        assertThat(c.talkTime()).isEqualTo(Duration.ofSeconds(1340));
        assertThat(c.tma()).isEqualTo(Duration.ofSeconds(350)); // (1340 talk + 60 wrap-up)/4
        assertThat(c.tme()).isEqualTo(Duration.ofMillis(20_250)); // (10+20+21+30)/4 waited
    }

    @Test
    void queueFiguresUseInboundOfferedCallsAndTheTwentySecondThreshold() {
        StatsCards c = stats.report(PERIOD, StatsScope.all()).current();
        assertThat(c.abandonRate()).isEqualTo(0.25); // 1 of 4 inbound
        assertThat(c.serviceLevel()).isEqualTo(0.5); // waits 10 and 20 in; 21 out
    }

    @Test
    void occupancyIsTalkAndWrapUpOverLoggedInTime() {
        StatsCards c = stats.report(PERIOD, StatsScope.all()).current();
        assertThat(c.occupancy()).isEqualTo(180 / 7380.0); // (120+60)/(3600+120+60+3600)
    }

    @Test
    void previousPeriodIsTheDayBefore() {
        StatsReport r = stats.report(PERIOD, StatsScope.all());
        assertThat(r.previous().total()).isEqualTo(2);
        assertThat(r.previous().answerRate()).isEqualTo(0.5);
        assertThat(r.previous().abandonRate()).isEqualTo(1.0);
        assertThat(StatsCards.change(r.current().total(), r.previous().total())).isEqualTo(3.0);
    }

    @Test
    void callCrossingMidnightCountsInTheHourAndDayItStarted() {
        StatsReport r = stats.report(PERIOD, StatsScope.all());
        assertThat(r.perHour().get(23).byStatus()).isEqualTo(Map.of(CallStatus.COMPLETED, 1L));
        assertThat(r.perHour().get(11).byStatus()).isEqualTo(Map.of(CallStatus.COMPLETED, 1L, CallStatus.MISSED, 1L));
        assertThat(r.perDay()).containsExactly(new StatsReport.DayRow(DAY, 8, 4));
    }

    @Test
    void agentsOutcomesAndStatesAreSplit() {
        StatsReport r = stats.report(PERIOD, StatsScope.all());
        assertThat(r.perAgent()).containsExactly(
                new StatsReport.AgentRow("", 0, 1, null),
                new StatsReport.AgentRow("Ana", 3, 0, Duration.ofMillis(426_667)),
                new StatsReport.AgentRow("João", 1, 2, Duration.ofSeconds(60)));
        assertThat(r.outcomes()).isEqualTo(Map.of(Outcome.PRODUCTIVE, 1L, Outcome.SCHEDULED, 1L, Outcome.UNPRODUCTIVE, 1L));
        assertThat(r.states()).contains(
                new StatsReport.StateTime("7", OperatorState.PAUSED, "Almoço", Duration.ofHours(1)),
                new StatsReport.StateTime("7", OperatorState.WRAP_UP, null, Duration.ofMinutes(1)));
    }

    @Test
    void anAgentsTmaAddsTheWrapUpOfTheOperatorLinkedToThemAndTheTimelineIsNamedByThem() {
        stats.naming(() -> java.util.List.of(new LinkedOperator("7", 5, "Ana Souza")));
        StatsReport r = stats.report(PERIOD, StatsScope.all());
        // "Ana": 3 answered (user 5's 100 s and 0 s, and the unattributed 1180 s); operator 7 is user 5: +60 s wrap-up.
        // One name per person: the console user's, with the PBX's beside it where it differs (the timeline's name).
        assertThat(r.perAgent()).contains(new StatsReport.AgentRow("Ana Souza (Ana)", 3, 0, Duration.ofMillis(446_667)));
        assertThat(r.operatorName("7")).isEqualTo("Ana Souza");
    }

    @Test
    void theCsvCarriesTheTimeInEachStatePerAgentAndNamesTheCallsWithoutAgent() throws Exception {
        stats.naming(() -> java.util.List.of(new LinkedOperator("7", 5, "Ana Souza")));
        Path file = folder.resolve("estatisticas.csv");
        new StatsExport(br.com.jttelecom.console.i18n.Messages.portuguese(),
                AuditTrail.on(db.jdbi(), new Session(), java.time.Clock.systemUTC())).write(stats.report(PERIOD, StatsScope.all()),
                file);
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines).contains("Agente;Estado;Segundos", "Ana Souza;disponível;3600", "Ana Souza;em conversa;120",
                "Ana Souza;pós-atendimento;60", "Ana Souza;pausado — Almoço;3600", "(sem agente);0;1;",
                "Ana Souza (Ana);3;0;446,7");
    }

    @Test
    void scopeKeepsOnlyTheGivenUsersCalls() {
        StatsCards c = stats.report(PERIOD, StatsScope.users(Set.of(5L))).current();
        assertThat(c.total()).isEqualTo(2);
        assertThat(c.occupancy()).isNull(); // operator "7" is not user 5
    }

    @Test
    void aSupervisorsFiguresCountTheQueueCallOfNoUserButNotAnotherTeamsAgentsCalls() {
        db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO app_user (id, login, display_name, role, created_at, updated_at) VALUES (6, 'bruno', 'Bruno Dias', 'AGENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
        add(6L, "11:20", Direction.INBOUND, CallStatus.MISSED, 0, null, 40, "Bruno", null, null); // another team's
        stats.limitedTo(() -> VisibleActivity.teamAndUnowned(Set.of(5L), Set.of("201"), Set.of("7"), Set.of("201")));
        StatsCards team = stats.report(PERIOD, StatsScope.all()).current();
        // The figures of cardsCountEveryStatusOfThePeriod: Ana's two calls and the six of no user, Bruno's left out.
        assertThat(team.total()).isEqualTo(8);
        assertThat(team.missed()).isEqualTo(1); // the 11:10 call abandoned in the queue, user NULL
        assertThat(team.abandonRate()).isEqualTo(0.25); // 1 of 4 inbound, not 2 of 5
        assertThat(team.tme()).isEqualTo(Duration.ofMillis(20_250)); // Bruno's 40 s wait left out

        stats.limitedTo(() -> new VisibleActivity(Set.of(5L), Set.of("201"), Set.of("7")));
        StatsCards agent = stats.report(PERIOD, StatsScope.all()).current();
        assertThat(agent.total()).isEqualTo(2);
        assertThat(agent.missed()).isZero();
        assertThat(agent.abandonRate()).isZero(); // 0 of Ana's 2 inbound
        assertThat(agent.tme()).isEqualTo(Duration.ofSeconds(15)); // (10 + 20) / 2
    }

    @Test
    void emptyPeriodHasNoRatesRatherThanZero() {
        StatsCards c = stats.report(StatsPeriod.days(DAY.plusDays(30), DAY.plusDays(30), SP), StatsScope.all()).current();
        assertThat(c.total()).isZero();
        assertThat(c.answerRate()).isNull();
        assertThat(c.tma()).isNull();
    }

    private void add(Long user, String time, Direction dir, CallStatus status, Integer duration, Integer talk,
                     Integer wait, String operator, Outcome outcome, String raw) {
        calls.insert(call(user, at(DAY, time), dir, status, duration, talk, wait, operator, outcome, raw));
    }

    private void addOn(LocalDate day, String time, Direction dir, CallStatus status, Integer duration, Integer talk,
                       Integer wait) {
        calls.insert(call(null, at(day, time), dir, status, duration, talk, wait, "Ana", null, null));
    }

    static Call call(Long user, Instant start, Direction dir, CallStatus status, Integer duration, Integer talk,
                     Integer wait, String operator, Outcome outcome, String raw) {
        return new Call(null, null, null, user, "+5548991234567", dir, secs(duration), status, start,
                duration == null ? null : start.plusSeconds(duration), null, null, null, "201", operator, secs(wait),
                secs(talk), null, null, null, null, outcome, raw);
    }

    private static Duration secs(Integer s) {
        return s == null ? null : Duration.ofSeconds(s);
    }

    static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(SP).toInstant();
    }
}
