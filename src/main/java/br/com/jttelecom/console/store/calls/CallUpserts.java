package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Bulk upserts of {@code calls} by {@code external_call_id}, a page of PBX records at a time: either merged
 * with what is stored ({@link CallMerge}), or, for a page expected to be all new, inserted at once with the
 * merge as the fallback. Rows go out through {@link CallBatchWriter}; each call is one transaction, or joins
 * the one open on the calling thread.
 */
final class CallUpserts {

    /** Rows looked up per query when a batch upsert checks which calls exist. */
    private static final int LOOKUP_CHUNK = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CallRowMapper mapper = new CallRowMapper();

    CallUpserts(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** See {@link CallRepository#upsertAll}. */
    UpsertCounts upsertAll(List<Call> calls) {
        requireKeys(calls);
        return jdbi.inTransaction(h -> {
            Map<String, Call> current = existing(h, calls);
            Map<String, Call> inserts = new LinkedHashMap<>();
            Map<String, Call> updates = new LinkedHashMap<>();
            int unchanged = 0;
            for (Call report : calls) {
                String key = report.externalCallId();
                Call stored = current.get(key);
                Call next = stored == null ? CallMerge.newRow(report) : CallMerge.merge(stored, report);
                if (next.equals(stored)) {
                    unchanged++;
                    continue;
                }
                current.put(key, next);
                // A key first seen in this page stays an insert, however many later records merge into it.
                (inserts.containsKey(key) || next.id() == null ? inserts : updates).put(key, next);
            }
            Instant now = clock.instant();
            try {
                CallBatchWriter.insert(h.getConnection(), inserts.values(), now);
                CallBatchWriter.update(h.getConnection(), updates.values(), now);
            } catch (SQLException e) {
                throw new IllegalStateException("could not write " + calls.size() + " calls", e);
            }
            return new UpsertCounts(inserts.size(), updates.size(), unchanged);
        });
    }

    /** See {@link CallRepository#insertOrUpsertAll}. */
    UpsertCounts insertOrUpsertAll(List<Call> calls) {
        requireKeys(calls);
        if (calls.stream().map(Call::externalCallId).distinct().count() < calls.size()) {
            return upsertAll(calls); // the same call twice in one page: merged in order
        }
        return jdbi.inTransaction(h -> {
            try {
                return insertOrFallBack(h, calls);
            } catch (SQLException e) {
                throw new IllegalStateException("could not write " + calls.size() + " calls", e);
            }
        });
    }

    private UpsertCounts insertOrFallBack(Handle h, List<Call> calls) throws SQLException {
        Connection c = h.getConnection();
        // Only the failed insert is undone: whatever the caller's transaction wrote before it stays.
        Savepoint beforeInsert = c.setSavepoint();
        try {
            CallBatchWriter.insert(c, calls.stream().map(CallMerge::normalise).toList(), clock.instant());
            return new UpsertCounts(calls.size(), 0, 0);
        } catch (SQLException e) {
            if (!isConstraintViolation(e)) {
                throw e;
            }
            c.rollback(beforeInsert);
        }
        return upsertAll(calls);
    }

    private static void requireKeys(List<Call> calls) {
        for (Call c : calls) {
            if (c.externalCallId() == null || c.externalCallId().isBlank()) {
                throw new IllegalArgumentException("upsert needs an external_call_id");
            }
        }
    }

    /** SQLSTATE class 23 (a unique key, among others), anywhere in a batch's chain of errors. */
    private static boolean isConstraintViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** The stored calls among the page's, by key; looked up in chunks to keep each IN list bounded. */
    private Map<String, Call> existing(Handle h, List<Call> calls) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(calls.stream().map(Call::externalCallId).toList()));
        Map<String, Call> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += LOOKUP_CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + LOOKUP_CHUNK));
            h.createQuery(CallRowMapper.SELECT + " WHERE external_call_id IN (<keys>)")
                    .bindList("keys", chunk)
                    .map(mapper)
                    .forEach(c -> found.put(c.externalCallId(), c));
        }
        return found;
    }
}
