package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.testsupport.StoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every filter of the history, alone and combined, against the same varied data set. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallFilterTest {

    private Database db;
    private CallRepository calls;
    private final List<Call> stored = new ArrayList<>();
    private long ana;
    private long bruno;
    private long maria;

    @BeforeAll
    void fill(@TempDir Path dir) {
        db = Database.openFolder(dir);
        calls = new CallRepository(db.jdbi());
        ana = StoreFixture.user(db.jdbi(), "ana");
        bruno = StoreFixture.user(db.jdbi(), "bruno");
        maria = StoreFixture.lead(db.jdbi(), "Maria", "+5548991234567");
        CallStatus[] statuses = CallStatus.values();
        Direction[] directions = Direction.values();
        String[] notes = {null, "Cliente pediu PROPOSTA", "ligar de novo", "100% satisfeito", "nota_com_sublinhado"};
        for (int i = 0; i < 60; i++) {
            stored.add(calls.insert(call()
                    .external("pbx-" + i)
                    .start(T0.plus(Duration.ofHours(i)))
                    .status(statuses[i % statuses.length])
                    .direction(directions[i % directions.length])
                    .user(i % 4 == 0 ? null : i % 2 == 0 ? ana : bruno)
                    .extension(i % 3 == 0 ? "1001" : "1002")
                    .lead(i % 5 == 0 ? maria : null)
                    .phone(i % 5 == 0 ? "+5548991234567" : "+55119876543" + (10 + i))
                    .duration(i * 10)
                    .notes(notes[i % notes.length])
                    .build()));
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    Stream<Arguments> filters() {
        return Stream.of(
                filter("period", f -> f.between(T0.plus(Duration.ofHours(10)), T0.plus(Duration.ofHours(20))),
                        c -> !c.startTime().isBefore(T0.plus(Duration.ofHours(10)))
                                && c.startTime().isBefore(T0.plus(Duration.ofHours(20)))),
                filter("one status", f -> f.withStatuses(CallStatus.MISSED), c -> c.status() == CallStatus.MISSED),
                filter("two statuses", f -> f.withStatuses(CallStatus.BUSY, CallStatus.FAILED),
                        c -> c.status() == CallStatus.BUSY || c.status() == CallStatus.FAILED),
                filter("direction", f -> f.withDirections(Direction.INBOUND), c -> c.direction() == Direction.INBOUND),
                filter("user", f -> f.withUser(ana), c -> Long.valueOf(ana).equals(c.userId())),
                filter("extension", f -> f.withExtension("1001"), c -> "1001".equals(c.extension())),
                filter("lead", f -> f.withLead(maria), c -> Long.valueOf(maria).equals(c.leadId())),
                filter("phone", f -> f.withPhone("+5548991234567"), c -> "+5548991234567".equals(c.phoneNumber())),
                filter("duration range", f -> f.withDuration(Duration.ofSeconds(100), Duration.ofSeconds(200)),
                        c -> c.duration().toSeconds() >= 100 && c.duration().toSeconds() <= 200),
                filter("minimum duration only", f -> f.withDuration(Duration.ofSeconds(500), null),
                        c -> c.duration().toSeconds() >= 500),
                filter("notes, any case", f -> f.withNotesContaining("proposta"),
                        c -> c.notes() != null && c.notes().contains("PROPOSTA")),
                filter("notes with a literal %", f -> f.withNotesContaining("100%"),
                        c -> c.notes() != null && c.notes().contains("100%")),
                filter("notes with a literal _", f -> f.withNotesContaining("a_c"),
                        c -> c.notes() != null && c.notes().contains("a_c")),
                filter("period + status + direction", f -> f.between(T0, T0.plus(Duration.ofHours(40)))
                                .withStatuses(CallStatus.COMPLETED).withDirections(Direction.OUTBOUND),
                        c -> c.startTime().isBefore(T0.plus(Duration.ofHours(40)))
                                && c.status() == CallStatus.COMPLETED && c.direction() == Direction.OUTBOUND),
                filter("period + two statuses + two directions (counted per pair)",
                        f -> f.between(T0, T0.plus(Duration.ofHours(40)))
                                .withStatuses(CallStatus.COMPLETED, CallStatus.MISSED)
                                .withDirections(Direction.OUTBOUND, Direction.INBOUND),
                        c -> c.startTime().isBefore(T0.plus(Duration.ofHours(40)))
                                && (c.status() == CallStatus.COMPLETED || c.status() == CallStatus.MISSED)
                                && (c.direction() == Direction.OUTBOUND || c.direction() == Direction.INBOUND)),
                filter("user + extension + lead", f -> f.withUser(ana).withExtension("1002").withLead(maria),
                        c -> Long.valueOf(ana).equals(c.userId()) && "1002".equals(c.extension())
                                && Long.valueOf(maria).equals(c.leadId())),
                filter("one user's calls only (an agent's scope)", f -> f.withUsers(Set.of(ana)),
                        c -> Long.valueOf(ana).equals(c.userId())),
                filter("a team (a supervisor's users)", f -> f.withUsers(Set.of(ana, bruno)), c -> c.userId() != null),
                filter("one user plus the calls of no user", f -> f.withUsers(Set.of(ana), true),
                        c -> c.userId() == null || c.userId() == ana),
                filter("the calls of no user only", f -> f.withUsers(Set.of(), true), c -> c.userId() == null),
                filter("team plus no user + period + two statuses + two directions (counted per part)",
                        f -> f.between(T0, T0.plus(Duration.ofHours(50))).withUsers(Set.of(bruno), true)
                                .withStatuses(CallStatus.COMPLETED, CallStatus.MISSED)
                                .withDirections(Direction.OUTBOUND, Direction.INBOUND),
                        c -> c.startTime().isBefore(T0.plus(Duration.ofHours(50)))
                                && (c.userId() == null || c.userId() == bruno)
                                && (c.status() == CallStatus.COMPLETED || c.status() == CallStatus.MISSED)
                                && (c.direction() == Direction.OUTBOUND || c.direction() == Direction.INBOUND)),
                filter("team plus no user, narrowed to one of them", f -> f.withUsers(Set.of(ana, bruno), true)
                        .withUser(bruno), c -> Long.valueOf(bruno).equals(c.userId())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void eachFilterSelectsExactlyTheMatchingCalls(String name, Function<CallFilter, CallFilter> filter,
                                                  Predicate<Call> matches) {
        CallFilter f = filter.apply(CallFilter.all());
        List<Call> expected = stored.stream().filter(matches).sorted(
                java.util.Comparator.comparing(Call::startTime).reversed()).toList();
        assertThat(expected).as("the data set exercises this filter").isNotEmpty().hasSizeLessThan(stored.size());
        assertThat(calls.page(f, null, 100).calls()).containsExactlyElementsOf(expected);
        assertThat(calls.count(f)).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR '1'='1", "1001' OR 'x'='x", "'; DROP TABLE calls; --", "%", "_", "%%' --",
            "\\' OR 1=1 --", "1001\u0000", ") OR (1=1"})
    void injectionInEveryTextFilterSelectsNothingExtra(String hostile) {
        assertThat(calls.count(CallFilter.all().withExtension(hostile))).isZero();
        assertThat(calls.count(CallFilter.all().withPhone(hostile))).isZero();
        long literalMatches = stored.stream().filter(c -> c.notes() != null && c.notes().contains(hostile)).count();
        assertThat(calls.count(CallFilter.all().withNotesContaining(hostile))).isEqualTo(literalMatches);
        assertThat(calls.count(CallFilter.all())).isEqualTo(stored.size());
    }

    @Test
    void blankTextFiltersRestrictNothing() {
        assertThat(calls.count(CallFilter.all().withExtension(" ").withPhone("").withNotesContaining("  ")))
                .isEqualTo(stored.size());
    }

    @Test
    void aStatusNamedTwiceCountsOnce() {
        assertThat(calls.count(CallFilter.all().withStatuses(CallStatus.MISSED, CallStatus.MISSED)))
                .isEqualTo(stored.stream().filter(c -> c.status() == CallStatus.MISSED).count());
    }

    @Test
    void anEmptyTeamWithoutTheCallsOfNoUserSelectsNothing() {
        assertThat(calls.count(CallFilter.all().withUsers(Set.of()))).isZero();
        assertThat(calls.page(CallFilter.all().withUsers(Set.of()), null, 10).calls()).isEmpty();
    }

    @Test
    void anEmptyFilterSelectsEverything() {
        assertThat(calls.count(CallFilter.all())).isEqualTo(stored.size());
    }

    private static Arguments filter(String name, Function<CallFilter, CallFilter> filter, Predicate<Call> matches) {
        return Arguments.of(name, filter, matches);
    }
}
