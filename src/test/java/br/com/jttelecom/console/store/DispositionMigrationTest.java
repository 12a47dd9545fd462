package br.com.jttelecom.console.store;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V35_19 on a real H2 file that already holds calls with the fixed outcomes of before: the three outcomes come
 * back as configurable dispositions with the shortcuts they had, and every stored call keeps its outcome.
 */
class DispositionMigrationTest {

    @TempDir
    Path dir;

    @Test
    void existingCallsKeepTheirOutcomeAndTheFixedOutcomesBecomeTheFirstDispositions() throws Exception {
        String url = Database.h2FileUrl(dir.resolve(Database.FILE_NAME).toString());
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:br/com/jttelecom/console/store/migration")
                .target("34.1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String outcome : new String[] {"'productive'", "'scheduled'", "NULL"}) {
                s.executeUpdate("INSERT INTO calls (direction, status, start_time, updated_at, outcome) VALUES "
                        + "('outbound', 'completed', TIMESTAMP WITH TIME ZONE '2026-08-21 16:00:00+00', "
                        + "TIMESTAMP WITH TIME ZONE '2026-08-21 16:00:00+00', " + outcome + ")");
            }
            s.execute("SHUTDOWN");
        }

        try (Database db = Database.openFolder(dir)) {
            assertThat(new DispositionRepository(db.jdbi()).active())
                    .extracting(Disposition::name, Disposition::group, Disposition::shortcut).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Produtiva", Outcome.PRODUCTIVE, "Shortcut+1"),
                            org.assertj.core.groups.Tuple.tuple("Improdutiva", Outcome.UNPRODUCTIVE, "Shortcut+2"),
                            org.assertj.core.groups.Tuple.tuple("Agendada", Outcome.SCHEDULED, "Shortcut+3"));
            CallRepository calls = new CallRepository(db.jdbi());
            assertThat(calls.findById(1).orElseThrow().outcome()).isEqualTo(Outcome.PRODUCTIVE);
            assertThat(calls.findById(2).orElseThrow().outcome()).isEqualTo(Outcome.SCHEDULED);
            assertThat(calls.findById(3).orElseThrow().outcome()).isNull();
            assertThat(calls.dispositionOf(2)).as("picked before dispositions existed").isEmpty();

            long voicemail = new DispositionRepository(db.jdbi()).insert("Caixa postal", Outcome.UNPRODUCTIVE, null);
            assertThat(voicemail).as("the identity goes on after the seeded rows").isGreaterThan(3);
            assertThat(calls.updateDisposition(3, Outcome.UNPRODUCTIVE, voicemail)).isTrue();
            assertThat(calls.findById(3).orElseThrow().outcome()).isEqualTo(Outcome.UNPRODUCTIVE);
            assertThat(calls.dispositionOf(3)).contains(voicemail);
            calls.updateOutcome(3, Outcome.PRODUCTIVE); // changed from the history: the disposition no longer holds
            assertThat(calls.dispositionOf(3)).isEmpty();
        }
    }
}
