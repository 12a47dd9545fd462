package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The history's queries read an index, checked with H2's EXPLAIN on a table with realistic spread. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallIndexTest {

    private Database db;

    @BeforeAll
    void fill(@TempDir Path dir) {
        db = Database.openFolder(dir);
        CallStatus[] statuses = CallStatus.values();
        Direction[] directions = Direction.values();
        List<Call> page = IntStream.range(0, 5000)
                .mapToObj(i -> call().external("pbx-" + i).start(T0.plus(Duration.ofMinutes(i)))
                        .status(statuses[i % statuses.length]).direction(directions[i % directions.length])
                        .extension("10" + (i % 40)).phone("+55119876" + (10000 + i)).build())
                .toList();
        new CallRepository(db.jdbi()).upsertAll(page);
        db.jdbi().useHandle(h -> h.execute("ANALYZE"));
    }

    @AfterAll
    void close() {
        db.close();
    }

    List<CallFilter> historyFilters() {
        CallFilter period = CallFilter.all().between(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)));
        return List.of(
                period,
                period.withStatuses(CallStatus.COMPLETED).withDirections(Direction.INBOUND),
                period.withStatuses(CallStatus.COMPLETED, CallStatus.MISSED).withDirections(Direction.OUTBOUND),
                CallFilter.all().withExtension("1007"),
                CallFilter.all().withPhone("+5511987610042"),
                CallFilter.all().withUser(1L),
                CallFilter.all().withLead(1L),
                period.withUsers(Set.of(1L, 2L)),
                period.withUsers(Set.of(1L, 2L), true),
                period.withUsers(Set.of(1L), true),
                period.withStatuses(CallStatus.MISSED).withDirections(Direction.INBOUND).withUsers(Set.of(1L, 2L), true));
    }

    @ParameterizedTest
    @MethodSource("historyFilters")
    void thePageQueryReadsAnIndex(CallFilter filter) {
        CallFilterSql where = CallFilterSql.of(filter).after(new PageCursor(T0.plus(Duration.ofDays(3)), 99_999));
        String plan = explain(CallRepository.pageSql(where, true), where);
        assertThat(plan).contains("IX_CALLS_").doesNotContain("tableScan");
    }

    @ParameterizedTest
    @MethodSource("historyFilters")
    void theCountQueryReadsAnIndex(CallFilter filter) {
        CallFilterSql where = CallFilterSql.of(filter);
        String plan = explain(CallRepository.countSql(where), where);
        // Any index will do for a count: H2 may prefer the one it made for a foreign key.
        assertThat(plan).containsPattern("/\\* PUBLIC\\.\\w+: ").doesNotContain("tableScan");
    }

    @Test
    void aPeriodStatusAndDirectionPageIsReadInIndexOrderFromTheCursor() {
        CallFilter filter = CallFilter.all().between(T0, T0.plus(Duration.ofDays(2)))
                .withStatuses(CallStatus.MISSED, CallStatus.BUSY).withDirections(Direction.INBOUND);
        CallFilterSql where = CallFilterSql.of(filter).after(new PageCursor(T0.plus(Duration.ofDays(1)), 1_000));
        String plan = explain(CallRepository.pageSql(where, true), where);
        // Index order = page order, so H2 stops after one page instead of sorting every match,
        // and the cursor bounds the index range, so a deep page starts where the last one ended.
        assertThat(plan).contains("IX_CALLS_START: START_TIME <=").contains("INDEX SORTED");
    }

    @Test
    void aSupervisorsPageOfTheTeamAndTheCallsOfNoUserIsReadInIndexOrderFromTheCursor() {
        CallFilter filter = CallFilter.all().between(T0, T0.plus(Duration.ofDays(2))).withUsers(Set.of(1L, 2L), true);
        CallFilterSql where = CallFilterSql.of(filter).after(new PageCursor(T0.plus(Duration.ofDays(1)), 1_000));
        String plan = explain(CallRepository.pageSql(where, true), where);
        // The OR is checked on the rows read in page order: the page stops after one page of matches.
        assertThat(plan).contains("IX_CALLS_START: START_TIME <=").contains("INDEX SORTED")
                .contains("\"USER_ID\" IS NULL");
    }

    @Test
    void aSupervisorsCountIsTheTeamsPlusTheCallsOfNoUserEachSeekingTheUserIndex() {
        CallFilter filter = CallFilter.all().between(T0, T0.plus(Duration.ofDays(2))).withUsers(Set.of(1L, 2L), true);
        List<CallFilter> parts = CountSplit.split(filter);
        assertThat(parts).hasSize(2);
        for (CallFilter part : parts) {
            CallFilterSql where = CallFilterSql.of(part);
            // For "IN (…) OR IS NULL" H2 would read the whole period; each half alone is one index range.
            assertThat(explain(CallRepository.countSql(where), where)).contains("IX_CALLS_USER_START: USER_ID");
        }
    }

    @Test
    void aSupervisorsCountWithAStatusAndADirectionKeepsTheOrOnTheCompositeIndex() {
        CallFilter filter = CallFilter.all().between(T0, T0.plus(Duration.ofDays(2))).withUsers(Set.of(1L, 2L), true)
                .withStatuses(CallStatus.MISSED, CallStatus.BUSY).withDirections(Direction.INBOUND);
        List<CallFilter> parts = CountSplit.split(filter);
        assertThat(parts).hasSize(2).allSatisfy(part -> {
            assertThat(part.orUnowned()).isTrue();
            CallFilterSql where = CallFilterSql.of(part);
            // The user index would fetch every unowned row of the period to check status and direction.
            assertThat(explain(CallRepository.countSql(where), where)).contains("IX_CALLS_STATUS_DIRECTION_START");
        });
    }

    @Test
    void aCountOfPeriodStatusAndDirectionUsesTheCompositeIndex() {
        CallFilter filter = CallFilter.all().between(T0, T0.plus(Duration.ofDays(2)))
                .withStatuses(CallStatus.MISSED).withDirections(Direction.INBOUND);
        CallFilterSql where = CallFilterSql.of(filter);
        assertThat(explain(CallRepository.countSql(where), where)).contains("IX_CALLS_STATUS_DIRECTION_START");
    }

    @Test
    void aFilterOnAKeyColumnSeeksThatColumnsIndex() {
        CallFilterSql where = CallFilterSql.of(CallFilter.all().withExtension("1007"));
        assertThat(explain(CallRepository.pageSql(where, true), where)).contains("IX_CALLS_EXTENSION_START");
    }

    private String explain(String sql, CallFilterSql where) {
        String query = "EXPLAIN " + sql;
        return db.jdbi().withHandle(h -> {
            var statement = where.bind(h.createQuery(query));
            if (sql.contains(":limit")) {
                statement.bind("limit", 101);
            }
            return String.join("\n", statement.mapTo(String.class).list());
        }).toUpperCase(Locale.ROOT).replace("TABLESCAN", "tableScan");
    }
}
