package br.com.jttelecom.console.store;

import static br.com.jttelecom.console.testsupport.TestCalls.T0;
import static br.com.jttelecom.console.testsupport.TestCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallFilter;
import br.com.jttelecom.console.store.calls.CallPage;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.PageCursor;
import br.com.jttelecom.console.store.calls.UpsertCounts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same migrations and repositories on a real PostgreSQL, when one is given:
 * {@code JT_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. The test
 * creates a throw-away database there and drops it afterwards. Without the variable the tests
 * are skipped (assumption), so every machine still runs the H2 suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresMigrationTest {

    private static final String URL_VARIABLE = "JT_TEST_POSTGRES_URL";

    private String adminUrl;
    private String databaseName;
    private Database db;

    @BeforeAll
    void createDatabase() throws SQLException {
        adminUrl = System.getenv(URL_VARIABLE);
        assumeTrue(adminUrl != null && !adminUrl.isBlank(), URL_VARIABLE + " not set: PostgreSQL run skipped");
        String name = "jt_console_test_" + UUID.randomUUID().toString().replace("-", "");
        adminExecute("CREATE DATABASE " + name);
        databaseName = name;
        db = Database.open(adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + databaseName + "$1"));
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (databaseName != null) {
            adminExecute("DROP DATABASE " + databaseName);
        }
    }

    @Test
    void everyCallFieldRoundTrips() {
        CallRepository calls = new CallRepository(db.jdbi());
        Call full = call().phone("+5511987654321").direction(Direction.INBOUND).duration(125)
                .status(CallStatus.COMPLETED).start(T0).end(T0.plusSeconds(140)).external("pg-full")
                .notes("ação").extension("1002").operator("Ana").waitTime(15).talkTime(110).hangup("x").sip(200)
                .transcript("t").summary("s").rawStatus("1").build();
        Call stored = calls.insert(full);
        assertThat(calls.findById(stored.id())).contains(stored);
    }

    @Test
    void theSeededDispositionsAreThereAndACallKeepsTheOnePicked() {
        DispositionRepository dispositions = new DispositionRepository(db.jdbi());
        assertThat(dispositions.active()).extracting(br.com.jttelecom.console.model.Disposition::name)
                .startsWith("Produtiva", "Improdutiva", "Agendada");
        long id = dispositions.insert("Caixa postal pg", br.com.jttelecom.console.model.Outcome.UNPRODUCTIVE, "F6");
        CallRepository calls = new CallRepository(db.jdbi());
        long call = calls.insert(call().external("pg-disposition").build()).id();
        assertThat(calls.updateDisposition(call, br.com.jttelecom.console.model.Outcome.UNPRODUCTIVE, id)).isTrue();
        assertThat(calls.dispositionOf(call)).contains(id);
    }

    @Test
    void upsertIsIdempotentAndNeverMovesBackwards() {
        CallRepository calls = new CallRepository(db.jdbi());
        calls.upsert(call().external("pg-1").status(CallStatus.COMPLETED).build());
        calls.upsert(call().external("pg-1").status(CallStatus.IN_PROGRESS).build());
        assertThat(calls.count(CallFilter.all().withPhone("+5548991234567").withStatuses(CallStatus.COMPLETED)))
                .isGreaterThanOrEqualTo(1);
        assertThat(calls.findByExternalId("pg-1").orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void keysetPagesAndFiltersWork() {
        CallRepository calls = new CallRepository(db.jdbi());
        calls.upsertAll(IntStream.range(0, 25).mapToObj(i -> call().external("pg-page-" + i).extension("7777")
                .start(T0.plus(Duration.ofMinutes(i % 4))).notes(i % 2 == 0 ? "100% ok" : "nada").build()).toList());
        CallFilter mine = CallFilter.all().withExtension("7777");
        int seen = 0;
        PageCursor cursor = null;
        do {
            CallPage page = calls.page(mine, cursor, 6);
            seen += page.calls().size();
            cursor = page.next();
        } while (cursor != null);
        assertThat(seen).isEqualTo(25);
        assertThat(calls.count(mine.withNotesContaining("100%"))).isEqualTo(13);
        assertThat(calls.count(mine.withNotesContaining("' OR '1'='1"))).isZero();
    }

    @Test
    void settingsSyncStateAndEventsWork() {
        new SettingRepository(db.jdbi()).put("k", "v");
        new SettingRepository(db.jdbi()).put("k", "w");
        assertThat(new SettingRepository(db.jdbi()).get("k")).contains("w");
        new SyncStateRepository(db.jdbi()).put("history", "c1");
        assertThat(new SyncStateRepository(db.jdbi()).cursor("history")).contains("c1");
        long id = new CallRepository(db.jdbi()).insert(call().build()).id();
        CallEvent e = new CallEventRepository(db.jdbi()).append(CallEvent.of(id, "dialing", "{}", T0));
        assertThat(new CallEventRepository(db.jdbi()).listForCall(id)).isEqualTo(List.of(e));
    }

    @Test
    void aBulkLoadSetsNoIndexAsideOnPostgresql() {
        DeferredIndexes indexes = new DeferredIndexes(db.jdbi());
        try (DeferredIndexes.Deferral load = indexes.defer("calls", CallRepository.BULK_DEFERRED_INDEXES)) {
            assertThat(load.names()).isEmpty();
        }
        assertThat(indexes.pending()).isFalse();
    }

    @Test
    void aBulkPageWithAStoredCallRollsBackToTheSavepointAndMergesOnPostgresql() {
        CallRepository calls = new CallRepository(db.jdbi());
        calls.upsert(call().external("pg-bulk-1").status(CallStatus.IN_PROGRESS).notes("ligar de novo").build());

        UpsertCounts counts = calls.insertOrUpsertAll(List.of(call().external("pg-bulk-2").build(),
                call().external("pg-bulk-1").status(CallStatus.COMPLETED).build()));

        assertThat(counts).isEqualTo(new UpsertCounts(1, 1, 0));
        Call merged = calls.findByExternalId("pg-bulk-1").orElseThrow();
        assertThat(merged.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(merged.notes()).isEqualTo("ligar de novo");
        assertThat(calls.findByExternalId("pg-bulk-2")).isPresent();
    }

    private void adminExecute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
