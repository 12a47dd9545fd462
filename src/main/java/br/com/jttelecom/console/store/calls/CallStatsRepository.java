package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The hourly roll-up of {@code calls} ({@code call_hourly_stats}, V30) that the stats tab reads.
 *
 * <p>{@link #refresh()} folds in what changed since the last refresh: it finds the hours of the calls
 * whose {@code updated_at} is at or after the watermark (minus {@link #MARGIN}, for writes that
 * committed late with an earlier stamp) and rebuilds exactly those hours from the raw rows. A
 * rebuilt hour is always equal to a full recompute of that hour, so repeats are harmless.
 */
public final class CallStatsRepository {

    /** A write that began before a refresh may commit after it; re-reading this much covers it. */
    static final Duration MARGIN = Duration.ofMinutes(2);

    /** One roll-up row: the calls of one hour with the same user, operator, direction and status. */
    public record Row(Instant bucket, Long userId, String operator, String direction, String status,
                      long calls, long durationS, long talkS, long waitS, long waited, long withinSl,
                      long productive, long unproductive, long scheduled) {
    }

    private static final String AGGREGATE = """
            INSERT INTO call_hourly_stats (bucket, user_id, operator, direction, status,
                calls, duration_s, talk_s, wait_s, waited, within_sl, productive, unproductive, scheduled)
            SELECT DATE_TRUNC('HOUR', start_time), user_id, operator, direction, status,
                COUNT(*), COALESCE(SUM(duration_s), 0), COALESCE(SUM(COALESCE(talk_s, duration_s, 0)), 0),
                COALESCE(SUM(CASE WHEN wait_s > 0 THEN wait_s ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN wait_s > 0 THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN COALESCE(wait_s, 0) <= 20 THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN outcome = 'productive' THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN outcome = 'unproductive' THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN outcome = 'scheduled' THEN 1 ELSE 0 END), 0)
            FROM calls %s
            GROUP BY DATE_TRUNC('HOUR', start_time), user_id, operator, direction, status
            """;

    private final Jdbi jdbi;

    public CallStatsRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** What a refresh rebuilt: every hour ({@code full}) or just {@code hours} (UTC hour starts). */
    public record Refresh(boolean full, Set<Instant> hours) {
    }

    /** Brings the roll-up up to date: everything on the first run, afterwards only the hours with changed calls. */
    public Refresh refresh() {
        return jdbi.inTransaction(h -> {
            Instant watermark = h.createQuery("SELECT watermark FROM call_stats_state WHERE id = 1")
                    .mapTo(Instant.class).findOne().orElse(null);
            Instant newest = h.createQuery("SELECT MAX(updated_at) FROM calls").mapTo(Instant.class).findOne()
                    .orElse(null);
            Set<Instant> hours = new TreeSet<>();
            boolean full = watermark == null;
            if (full) {
                h.execute("DELETE FROM call_hourly_stats");
                h.execute(AGGREGATE.formatted(""));
            } else {
                hours.addAll(h.createQuery("""
                                SELECT DISTINCT DATE_TRUNC('HOUR', start_time) FROM calls WHERE updated_at >= :since
                                """)
                        .bind("since", watermark.minus(MARGIN)).mapTo(Instant.class).list());
                for (Instant hour : hours) {
                    rebuild(h, hour);
                }
            }
            if (newest != null) {
                h.createUpdate("UPDATE call_stats_state SET watermark = :w WHERE id = 1").bind("w", newest).execute();
            }
            return new Refresh(full, hours);
        });
    }

    /** Forgets the roll-up: the next {@link #refresh()} rebuilds it from every call. */
    public void reset() {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM call_hourly_stats");
            h.execute("UPDATE call_stats_state SET watermark = NULL WHERE id = 1");
        });
    }

    private static void rebuild(Handle h, Instant hour) {
        Instant end = hour.plus(1, ChronoUnit.HOURS);
        h.createUpdate("DELETE FROM call_hourly_stats WHERE bucket >= :from AND bucket < :to")
                .bind("from", hour).bind("to", end).execute();
        h.createUpdate(AGGREGATE.formatted("WHERE start_time >= :from AND start_time < :to"))
                .bind("from", hour).bind("to", end).execute();
    }

    /**
     * The roll-up rows of the hours in {@code [from, to)}.
     *
     * @param userIds   only these users' calls, or {@code null} for everyone's
     * @param orUnowned with {@code userIds}: the rows of calls of no user ({@code user_id} NULL) too
     */
    public List<Row> rows(Instant from, Instant to, Collection<Long> userIds, boolean orUnowned) {
        if (userIds != null && userIds.isEmpty() && !orUnowned) {
            return List.of();
        }
        String scope = userIds == null ? "" : " AND (" + users(userIds, orUnowned) + ")";
        return jdbi.withHandle(h -> {
            var q = h.createQuery("""
                            SELECT bucket, user_id, operator, direction, status, calls, duration_s, talk_s,
                                wait_s, waited, within_sl, productive, unproductive, scheduled
                            FROM call_hourly_stats WHERE bucket >= :from AND bucket < :to""" + scope)
                    .bind("from", from).bind("to", to);
            if (userIds != null && !userIds.isEmpty()) {
                q.bindList("users", List.copyOf(userIds));
            }
            return q.map((rs, ctx) -> new Row(Database.toInstant(rs.getObject(1, OffsetDateTime.class)),
                    (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                    rs.getLong(12), rs.getLong(13), rs.getLong(14))).list();
        });
    }

    /** The rows of these users, and of no user when {@code orUnowned} (the roll-up keeps NULL users as a key). */
    private static String users(Collection<Long> userIds, boolean orUnowned) {
        String listed = userIds.isEmpty() ? null : "user_id IN (<users>)";
        if (!orUnowned) {
            return listed;
        }
        return listed == null ? "user_id IS NULL" : listed + " OR user_id IS NULL";
    }
}
