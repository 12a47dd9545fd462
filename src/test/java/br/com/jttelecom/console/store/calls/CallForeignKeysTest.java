package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.testsupport.StoreFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code calls} table after V33: foreign keys kept where they act, and no index that does another's job. */
class CallForeignKeysTest {

    @TempDir
    Path dir;

    private Database db;
    private CallRepository calls;

    @BeforeEach
    void open() {
        db = StoreFixture.open(dir);
        calls = new CallRepository(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDeletedLeadOrOpportunityLeavesItsCallsWithoutOne() {
        long lead = StoreFixture.lead(db.jdbi(), "Maria", "+5511987654321");
        long opportunity = db.jdbi().withHandle(h -> h.createUpdate("""
                        INSERT INTO opportunity (lead_id, title, created_at, updated_at)
                        VALUES (:lead, 'Plano', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                        """).bind("lead", lead).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        long other = StoreFixture.lead(db.jdbi(), "José", "+5511912345678");
        long id = calls.insert(call().external("fk-1").build()).id();
        db.jdbi().useHandle(h -> h.execute("UPDATE calls SET lead_id = ?, opportunity_id = ? WHERE id = ?",
                other, opportunity, id));

        db.jdbi().useHandle(h -> h.execute("DELETE FROM opportunity WHERE id = ?", opportunity));
        assertThat(calls.findById(id).orElseThrow().opportunityId()).isNull();
        assertThat(calls.findById(id).orElseThrow().leadId()).isEqualTo(other);

        db.jdbi().useHandle(h -> h.execute("DELETE FROM lead WHERE id = ?", other));
        assertThat(calls.findById(id).orElseThrow().leadId()).isNull();
    }

    @Test
    void aCallCannotNameALeadThatDoesNotExist() {
        long id = calls.insert(call().external("fk-2").build()).id();
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE calls SET lead_id = 987654 WHERE id = ?", id)))
                .hasMessageContaining("FK_CALLS_LEAD");
    }

    @Test
    void theForeignKeysUseTheHistorysIndexesInsteadOfIndexesOfTheirOwn() {
        Map<String, String> byConstraint = new java.util.TreeMap<>();
        db.jdbi().useHandle(h -> h.createQuery("""
                        SELECT constraint_name, index_name FROM information_schema.table_constraints
                        WHERE table_name = 'CALLS' AND constraint_type = 'FOREIGN KEY'
                        """).map((rs, ctx) -> byConstraint.put(rs.getString(1), rs.getString(2))).list());
        assertThat(byConstraint).containsExactlyInAnyOrderEntriesOf(Map.of(
                "FK_CALLS_LEAD", "IX_CALLS_LEAD", "FK_CALLS_OPPORTUNITY", "IX_CALLS_OPPORTUNITY"));
    }

    @Test
    void noIndexOfCallsIsALeadingPartOfAnother() {
        // Each index costs every stored call an update: one whose columns begin another's does no job of its own.
        List<List<String>> indexes = new ArrayList<>();
        db.jdbi().useHandle(h -> h.createQuery("""
                        SELECT i.index_name, c.column_name FROM information_schema.indexes i
                        JOIN information_schema.index_columns c
                          ON c.index_schema = i.index_schema AND c.index_name = i.index_name
                        WHERE i.table_name = 'CALLS' ORDER BY i.index_name, c.ordinal_position
                        """).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .stream().collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())))
                .forEach((name, columns) -> indexes.add(columns)));
        assertThat(indexes).hasSize(10);
        for (List<String> a : indexes) {
            for (List<String> b : indexes) {
                if (a != b) {
                    assertThat(b.size() >= a.size() && b.subList(0, a.size()).equals(a))
                            .as("%s begins %s", a, b).isFalse();
                }
            }
        }
    }
}
