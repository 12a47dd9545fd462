package br.com.jttelecom.console.store.calls;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.LeadRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "não identificadas" list straight on the store: what it lists, its keyset pages and its index. */
class UnmatchedCallsTest {

    @TempDir
    Path dir;
    private Database db;
    private CallRepository calls;
    private UnmatchedCalls unmatched;
    private long leadId;

    @BeforeEach
    void open() {
        db = Database.openFolder(dir);
        calls = new CallRepository(db.jdbi());
        unmatched = new UnmatchedCalls(db.jdbi());
        leadId = new LeadRepository(db.jdbi()).insert(Lead.draft("Ana", "", List.of("+5511987654321"), "")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsOnlyCustomerCallsWithoutALeadNewestFirst() {
        calls.upsertAll(List.of(
                call().external("old").start(T0).phone("+5521998887777").build(),
                call().external("new").start(T0.plusSeconds(60)).phone("+5521998887777").build(),
                call().external("known").start(T0.plusSeconds(30)).lead(leadId).build(),
                call().external("internal").start(T0.plusSeconds(40)).direction(Direction.INTERNAL).build(),
                call().external("no-number").start(T0.plusSeconds(50)).phone(null).build()));

        assertThat(unmatched.page(null, null, 10).calls()).extracting(Call::externalCallId).containsExactly("new", "old");
        assertThat(unmatched.count(null)).isEqualTo(2);
    }

    @Test
    void pagesFollowEachOtherWithNoGapOrRepeatEvenWhenCallsShareTheirStart() {
        // Three calls on every second: the cursor's id settles the ties.
        calls.upsertAll(IntStream.range(0, 10)
                .mapToObj(i -> call().external("c" + i).start(T0.plusSeconds(i / 3)).phone("+55219988877" + (10 + i)).build())
                .toList());
        List<String> seen = new ArrayList<>();
        PageCursor cursor = null;
        int pages = 0;
        do {
            CallPage page = unmatched.page(null, cursor, 4);
            page.calls().forEach(c -> seen.add(c.externalCallId()));
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
        assertThat(seen).startsWith("c9").endsWith("c0");
    }

    @Test
    void anAgentSeesOnlyTheirOwnCalls() {
        long ana = user("ana");
        long bia = user("bia");
        calls.upsertAll(List.of(
                call().external("mine").user(ana).phone("+5521998887777").build(),
                call().external("theirs").user(bia).phone("+5521998887777").start(T0.plusSeconds(5)).build()));

        assertThat(unmatched.page(ana, null, 10).calls()).extracting(Call::externalCallId).containsExactly("mine");
        assertThat(unmatched.count(ana)).isEqualTo(1);
        assertThat(unmatched.countByNumber(List.of("+5521998887777", "+5511900000000")))
                .as("linking a number takes everyone's calls from it").containsExactly(java.util.Map.entry("+5521998887777", 2));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void aDeepPageIsReadInIndexOrderFromTheCursor(boolean agent) {
        long ana = user("ana");
        calls.upsertAll(IntStream.range(0, 2000)
                .mapToObj(i -> call().external("x" + i).start(T0.plus(Duration.ofMinutes(i))).user(i % 3 == 0 ? ana : null)
                        .lead(i % 2 == 0 ? leadId : null).phone("+55219988" + (70000 + i)).build())
                .toList());
        db.jdbi().useHandle(h -> h.execute("ANALYZE"));

        String plan = db.jdbi().withHandle(h -> {
            var q = h.createQuery("EXPLAIN " + UnmatchedCalls.pageSql(agent, true, true))
                    .bind("k_time", T0.plus(Duration.ofMinutes(1000))).bind("k_id", 1000L).bind("limit", 101);
            if (agent) {
                q.bind("user", ana);
            }
            return String.join("\n", q.mapTo(String.class).list());
        }).toUpperCase(Locale.ROOT);

        if (agent) {
            // An agent's page reads only their own calls from the cursor back (H2 then sorts those few).
            assertThat(plan).contains("IX_CALLS_USER_START: USER_ID = ").contains("START_TIME <=");
        } else {
            // Index order = page order: H2 stops after one page instead of sorting every unmatched call,
            // and the cursor bounds the index range, so a deep page starts where the last one ended.
            assertThat(plan).contains("IX_CALLS_START: START_TIME <=").contains("INDEX SORTED");
        }
    }

    private long user(String login) {
        return db.jdbi().withHandle(h -> h.createUpdate("""
                        INSERT INTO app_user (login, display_name, role, created_at, updated_at)
                        VALUES (:login, :login, 'AGENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .bind("login", login).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }
}
