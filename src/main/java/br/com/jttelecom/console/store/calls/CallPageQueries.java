package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.DatabaseKind;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The history's reads for a {@link CallFilter}: one keyset page, newest first, and the count of all matches.
 * The SQL is fixed fragments ({@link CallFilterSql}) with every value bound; only the H2 page query differs,
 * by an index hint PostgreSQL neither needs nor parses.
 */
final class CallPageQueries {

    private final Jdbi jdbi;
    private final CallRowMapper mapper = new CallRowMapper();
    private final DatabaseKind kind = new DatabaseKind();

    CallPageQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** See {@link CallRepository#page}. */
    CallPage page(CallFilter filter, PageCursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        CallFilterSql where = CallFilterSql.of(filter).after(after);
        // One row more than asked tells whether another page follows, without a count.
        List<Call> rows = jdbi.withHandle(h -> where.bind(h.createQuery(pageSql(where, kind.isH2(h)))).bind("limit", limit + 1)
                .map(mapper).list());
        if (rows.size() <= limit) {
            return new CallPage(rows, null);
        }
        List<Call> page = rows.subList(0, limit);
        return new CallPage(page, PageCursor.after(page.get(limit - 1)));
    }

    /**
     * See {@link CallRepository#count}.
     *
     * <p>A filter on several statuses and/or directions (without a narrowing key) is counted as one
     * query per (status, direction) pair, summed: H2 seeks {@code ix_calls_status_direction_start}
     * only on its first column for an IN list, so {@code status IN (…) AND direction = …} read every
     * row of those statuses in the whole table (400,000 entries for 44,000 matches in 1M calls);
     * with equalities on both columns each query reads only its matches.
     */
    long count(CallFilter filter) {
        List<CallFilter> parts = CountSplit.split(filter);
        return jdbi.withHandle(h -> {
            long total = 0;
            for (CallFilter part : parts) {
                CallFilterSql where = CallFilterSql.of(part);
                total += where.bind(h.createQuery(countSql(where))).mapTo(Long.class).one();
            }
            return total;
        });
    }

    /**
     * The page query; {@code :limit} is bound by the caller.
     *
     * <p>On H2, a broad filter (period, status, direction …) is told to read {@code ix_calls_start}:
     * H2's planner ignores LIMIT, so it would otherwise pick the status/direction index, fetch every
     * matching row of the period and sort them all, for every page. Read in (start_time DESC,
     * id DESC) order, a page stops after {@code limit} matches, and a deep page costs what the first
     * does. PostgreSQL's planner weighs LIMIT itself and needs no hint (H2's syntax is not its own).
     */
    static String pageSql(CallFilterSql where, boolean h2) {
        String hint = h2 && !where.narrowsByKey() ? " USE INDEX (ix_calls_start)" : "";
        return CallRowMapper.SELECT + hint + where.whereClause() + " ORDER BY start_time DESC, id DESC LIMIT :limit";
    }

    static String countSql(CallFilterSql where) {
        return "SELECT COUNT(*) FROM calls" + where.whereClause();
    }
}
