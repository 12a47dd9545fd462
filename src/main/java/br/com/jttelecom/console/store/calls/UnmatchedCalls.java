package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.DatabaseKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The calls with a customer number that no lead claims ("não identificadas"), newest first, by keyset
 * pages read in page order from the cursor, so a deep page costs what the first does.
 */
public final class UnmatchedCalls {

    private static final String UNMATCHED = " lead_id IS NULL AND phone_number IS NOT NULL AND direction <> 'internal'";

    private final Jdbi jdbi;
    private final CallRowMapper mapper = new CallRowMapper();
    private final DatabaseKind kind = new DatabaseKind();

    public UnmatchedCalls(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /**
     * One page after {@code after} ({@code null} for the first).
     *
     * @param userId only this console user's calls, or {@code null} for everyone's
     */
    public CallPage page(Long userId, PageCursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<Call> rows = jdbi.withHandle(h -> {
            Query q = h.createQuery(pageSql(userId != null, after != null, kind.isH2(h))).bind("limit", limit + 1);
            if (userId != null) {
                q.bind("user", userId);
            }
            if (after != null) {
                q.bind("k_time", after.startTime()).bind("k_id", after.id());
            }
            return q.map(mapper).list();
        });
        if (rows.size() <= limit) {
            return new CallPage(rows, null);
        }
        List<Call> page = rows.subList(0, limit);
        return new CallPage(page, PageCursor.after(page.get(limit - 1)));
    }

    /** How many unmatched calls there are (this user's, or everyone's for {@code null}). */
    public long count(Long userId) {
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT COUNT(*) FROM calls WHERE" + UNMATCHED + (userId != null ? " AND user_id = :user" : ""));
            if (userId != null) {
                q.bind("user", userId);
            }
            return q.mapTo(Long.class).one();
        });
    }

    /** For each of these numbers, how many unmatched calls it has (everyone's: linking the number takes them all). */
    public Map<String, Integer> countByNumber(Collection<String> numbers) {
        Map<String, Integer> counts = new HashMap<>();
        if (numbers.isEmpty()) {
            return counts;
        }
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT phone_number, COUNT(*) AS n FROM calls
                        WHERE phone_number IN (<numbers>) AND lead_id IS NULL AND direction <> 'internal'
                        GROUP BY phone_number""")
                .bindList("numbers", List.copyOf(numbers))
                .map((rs, ctx) -> Map.entry(rs.getString("phone_number"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /**
     * The page query; package-private for the EXPLAIN test. H2 is told to read the calls in page order
     * ({@code ix_calls_start}, or the user's index for an agent) and stop after one page of unmatched
     * ones: on {@code ix_calls_lead} it takes "lead_id IS NULL" as a range, not an equality, and
     * would sort every unmatched call before the cursor for each page.
     */
    static String pageSql(boolean byUser, boolean afterCursor, boolean h2) {
        String hint = !h2 ? "" : byUser ? " USE INDEX (ix_calls_user_start)" : " USE INDEX (ix_calls_start)";
        return "SELECT " + CallRowMapper.COLUMNS + " FROM calls" + hint + " WHERE" + UNMATCHED
                + (byUser ? " AND user_id = :user" : "")
                // The leading "start_time <=" lets the database seek the index; the OR settles ties.
                + (afterCursor ? " AND start_time <= :k_time AND (start_time < :k_time OR id < :k_id)" : "")
                + " ORDER BY start_time DESC, id DESC LIMIT :limit";
    }
}
