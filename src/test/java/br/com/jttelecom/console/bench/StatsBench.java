package br.com.jttelecom.console.bench;

import br.com.jttelecom.console.service.stats.Stats;
import br.com.jttelecom.console.service.stats.StatsPeriod;
import br.com.jttelecom.console.service.stats.StatsReport;
import br.com.jttelecom.console.service.stats.StatsScope;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The stats tab over 1,000,000 stored calls (90 days): {@code stats_30d_ms}, every card and chart of
 * a 30-day period (and its previous period) from a cold {@link Stats}; {@code stats_refresh_ms}, the
 * same report again after 100 new calls landed (the live path). Medians of 5 runs. Run through
 * {@code bench/run stats}; {@code BENCH_ARGS=<rows>} for fewer.
 */
public final class StatsBench {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private static final Instant END = Instant.parse("2026-11-28T21:00:00Z");
    private static final String[] STATUSES = {"completed", "completed", "completed", "missed", "busy", "failed"};
    private static final String[] DIRECTIONS = {"outbound", "inbound", "outbound", "internal"};
    private static final String[] OPERATORS = {"Ana Souza", "João Pereira", "Márcia Conceição", "Luís Araújo"};
    private static final String[] OUTCOMES = {"productive", "unproductive", "scheduled", null, null};

    private StatsBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createTempDirectory("jt-stats-bench");
        try (Database db = Database.openFolder(folder)) {
            long t0 = System.nanoTime();
            insert(db, 0, rows, 90L * 24 * 3600, END, "bench-", false);
            System.out.printf(Locale.ROOT, "# inserted %d calls in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            new CallStatsRepository(db.jdbi()).refresh();
            System.out.printf(Locale.ROOT, "# hourly roll-up built from every call in %.1f s (once per database)%n",
                    (System.nanoTime() - t0) / 1e9);

            LocalDate last = END.atZone(ZONE).toLocalDate();
            StatsPeriod period = StatsPeriod.days(last.minusDays(29), last, ZONE);
            double[] cold = new double[5];
            long answered = 0;
            for (int i = 0; i < cold.length; i++) {
                Stats stats = stats(db);
                long s = System.nanoTime();
                StatsReport r = stats.report(period, StatsScope.all());
                cold[i] = (System.nanoTime() - s) / 1e6;
                answered = r.current().answered();
            }
            Stats live = stats(db);
            live.report(period, StatsScope.all());
            double[] refresh = new double[5];
            for (int i = 0; i < refresh.length; i++) {
                insert(db, i * 100, 100, 3600, END, "new-" + i + "-", true);
                long s = System.nanoTime();
                live.report(period, StatsScope.all());
                refresh[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf(Locale.ROOT, "stats_30d_ms %.1f ms%n", median(cold));
            System.out.printf(Locale.ROOT, "stats_refresh_ms %.1f ms%n", median(refresh));
            System.out.printf(Locale.ROOT, "# 30-day period: %d answered calls; runs %s / %s ms%n", answered,
                    Arrays.toString(cold), Arrays.toString(refresh));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Stats stats(Database db) {
        return new Stats(new CallStatsRepository(db.jdbi()), new OperatorSpanQuery(db.jdbi()), Clock.systemUTC(), ZONE);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /**
     * Batched raw JDBC, {@code rows} calls spread over {@code spanSeconds} before {@code end}. History is
     * stamped (updated_at) at its start, as an old sync would have; new calls now, as the live path sees them.
     */
    private static void insert(Database db, int offset, int rows, long spanSeconds, Instant end, String idPrefix,
                               boolean stampNow) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Handle h = db.jdbi().open()) {
            Connection c = h.getConnection();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO calls (phone_number, direction, duration_s, status, start_time, end_time,
                        external_call_id, extension, operator, wait_s, talk_s, outcome, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (int j = 0; j < rows; j++) {
                    int i = offset + j;
                    int duration = (i * 37) % 600;
                    OffsetDateTime start = OffsetDateTime.ofInstant(end.minusSeconds((long) j * spanSeconds / rows),
                            ZoneOffset.UTC);
                    ps.setString(1, "+55489" + String.format("%08d", i % 100_000_000));
                    ps.setString(2, DIRECTIONS[i % DIRECTIONS.length]);
                    ps.setInt(3, duration);
                    ps.setString(4, STATUSES[i % STATUSES.length]);
                    ps.setObject(5, start);
                    ps.setObject(6, start.plusSeconds(duration));
                    ps.setString(7, idPrefix + j);
                    ps.setString(8, String.valueOf(200 + i % 40));
                    ps.setString(9, OPERATORS[i % OPERATORS.length]);
                    ps.setInt(10, (i * 7) % 45);
                    ps.setInt(11, Math.max(0, duration - 5));
                    ps.setString(12, OUTCOMES[i % OUTCOMES.length]);
                    ps.setObject(13, stampNow ? now : start);
                    ps.addBatch();
                    if (j % 10_000 == 9_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
