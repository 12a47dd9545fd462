package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.DeferredIndexes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes set aside for a bulk load come back exactly as the migrations made them, even after a crash. */
class DeferredIndexesTest {

    @TempDir
    Path dir;

    @Test
    void anIndexSetAsideIsGoneDuringTheLoadAndBackAfterItWithTheSameDefinition() {
        try (Database db = Database.openFolder(dir)) {
            List<String> before = indexDefinitions(db);
            DeferredIndexes indexes = new DeferredIndexes(db.jdbi());

            try (DeferredIndexes.Deferral load = indexes.defer("calls", Set.of("ix_calls_phone"))) {
                assertThat(load.names()).containsExactly("IX_CALLS_PHONE");
                assertThat(indexDefinitions(db)).noneMatch(d -> d.startsWith("IX_CALLS_PHONE "));
                assertThat(indexes.pending()).isTrue();
                new CallRepository(db.jdbi()).upsertAll(calls(300));
            }

            assertThat(indexDefinitions(db)).isEqualTo(before);
            assertThat(indexes.pending()).isFalse();
            assertThat(explainPhoneFilter(db)).contains("IX_CALLS_PHONE");
        }
    }

    @Test
    void anIndexSetAsideByALoadThatDiedIsBuiltWhenTheDatabaseOpensAgain() {
        List<String> before;
        try (Database db = Database.openFolder(dir)) {
            before = indexDefinitions(db);
            new CallRepository(db.jdbi()).upsertAll(calls(500));
            new DeferredIndexes(db.jdbi()).defer("calls", Set.of("ix_calls_phone"));
            // The load dies here: its Deferral is never closed.
        }

        try (Database db = Database.openFolder(dir)) {
            assertThat(indexDefinitions(db)).isEqualTo(before);
            assertThat(new DeferredIndexes(db.jdbi()).pending()).isFalse();
            assertThat(explainPhoneFilter(db)).contains("IX_CALLS_PHONE");
            assertThat(new CallRepository(db.jdbi()).count(CallFilter.all().withPhone("+5511987610007"))).isEqualTo(1);
        }
    }

    @Test
    void aRebuildCutShortAfterTheIndexWasBuiltIsFinishedWithoutError() {
        try (Database db = Database.openFolder(dir)) {
            List<String> before = indexDefinitions(db);
            DeferredIndexes indexes = new DeferredIndexes(db.jdbi());
            indexes.defer("calls", Set.of("ix_calls_phone"));
            // Built, but the process died before the record was deleted.
            db.jdbi().useHandle(h -> h.execute("CREATE INDEX ix_calls_phone ON calls (phone_number)"));

            assertThat(indexes.restore()).isEqualTo(1);

            assertThat(indexDefinitions(db)).isEqualTo(before);
            assertThat(indexes.pending()).isFalse();
        }
    }

    @Test
    void indexesThatBackAConstraintOrThatTheTableLacksAreLeftAlone() {
        try (Database db = Database.openFolder(dir)) {
            List<String> before = indexDefinitions(db);
            List<String> constraintIndexes = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT index_name FROM information_schema.table_constraints
                    WHERE table_name = 'CALLS' AND index_name IS NOT NULL""").mapTo(String.class).list());
            assertThat(constraintIndexes).isNotEmpty();

            Set<String> named = new java.util.HashSet<>(constraintIndexes);
            named.add("ix_no_such_index");

            try (DeferredIndexes.Deferral load = new DeferredIndexes(db.jdbi()).defer("calls", named)) {
                assertThat(load.names()).isEmpty();
                assertThat(indexDefinitions(db)).isEqualTo(before);
            }
        }
    }

    private static List<Call> calls(int n) {
        return IntStream.range(0, n).mapToObj(i -> call().external("bulk-" + i).start(T0.plus(Duration.ofMinutes(i)))
                .phone("+55119876" + (10000 + i)).build()).toList();
    }

    /** Every index of the calls table as "NAME COLUMN ORDER NULLS", one line per column. */
    static List<String> indexDefinitions(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT index_name || ' ' || column_name || ' ' || COALESCE(ordering_specification, '-') || ' '
                    || COALESCE(null_ordering, '-')
                FROM information_schema.index_columns WHERE table_name = 'CALLS'
                ORDER BY index_name, ordinal_position""").mapTo(String.class).list());
    }

    private static String explainPhoneFilter(Database db) {
        CallFilterSql where = CallFilterSql.of(CallFilter.all().withPhone("+5511987610007"));
        return db.jdbi().withHandle(h -> String.join("\n", where.bind(h.createQuery("EXPLAIN "
                + CallRepository.pageSql(where, true))).bind("limit", 101).mapTo(String.class).list()));
    }
}
