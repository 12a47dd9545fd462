package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.DatabaseKind;
import br.com.jttelecom.console.store.DeferredIndexes;
import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The {@code calls} table. Upserts by the PBX's {@code external_call_id} are idempotent and never
 * move a call's status backwards ({@link CallMerge}); history pages are keyset-paged on
 * (start_time DESC, id DESC).
 *
 * <p>Each method runs in its own transaction, or joins the one open on the calling thread
 * ({@code jdbi.useTransaction(h -> { calls.upsertAll(…); syncState.put(…); })}).
 */
public final class CallRepository {

    /**
     * The indexes a bulk load sets aside and builds at its end ({@link DeferredIndexes}): the phone
     * index, whose keys (callers' numbers) arrive in random order, so that each synced row dirties
     * a random page of it that H2 writes again at its next store. Every other history index gets a
     * sync's rows in (nearly) ascending key order — by start time, per status, per extension, or a
     * NULL lead/user — and costs less to keep up row by row than to rebuild: measured on the 200k
     * sync bench, setting all of them aside cost more CPU than setting aside the phone index alone
     * (bench/RESULTS.md, "syncfast"). The history page's own index stays, so the history reads
     * normally while a first sync runs.
     */
    public static final Set<String> BULK_DEFERRED_INDEXES = Set.of("ix_calls_phone");

    /** Rows looked up per query when a batch upsert checks which calls exist. */
    private static final int LOOKUP_CHUNK = 500;

    private static final String SELECT = "SELECT " + CallRowMapper.COLUMNS + " FROM calls";

    private static final String INSERT = """
            INSERT INTO calls (lead_id, opportunity_id, user_id, phone_number, direction, duration_s, status,
                start_time, end_time, recording_url, external_call_id, notes, extension, operator, wait_s, talk_s,
                hangup_reason, sip_code, transcript, summary, outcome, raw_status, updated_at)
            VALUES (:lead_id, :opportunity_id,
                COALESCE(:user_id, (SELECT l.user_id FROM extension_link l WHERE l.extension = :extension)),
                :phone_number, :direction, :duration_s, :status,
                :start_time, :end_time, :recording_url, :external_call_id, :notes, :extension, :operator, :wait_s,
                :talk_s, :hangup_reason, :sip_code, :transcript, :summary, :outcome, :raw_status, :updated_at)
            """;

    private static final String UPDATE = """
            UPDATE calls SET lead_id = :lead_id, opportunity_id = :opportunity_id, user_id = :user_id,
                phone_number = :phone_number, direction = :direction, duration_s = :duration_s, status = :status,
                start_time = :start_time, end_time = :end_time, recording_url = :recording_url,
                external_call_id = :external_call_id, notes = :notes, extension = :extension, operator = :operator,
                wait_s = :wait_s, talk_s = :talk_s, hangup_reason = :hangup_reason, sip_code = :sip_code,
                transcript = :transcript, summary = :summary, outcome = :outcome, raw_status = :raw_status,
                updated_at = :updated_at
            WHERE id = :id
            """;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CallRowMapper mapper = new CallRowMapper();
    private final DatabaseKind kind = new DatabaseKind();

    public CallRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CallRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /**
     * Stores a new call (its id must be null) and returns it as stored. A call without a user gets the user linked
     * to its extension, as {@link CallUserLinks} does after a sync: a call dialled from an agent's extension is
     * that agent's from the start, so their history (and their team's) shows it at once.
     */
    public Call insert(Call call) {
        if (call.id() != null) {
            throw new IllegalArgumentException("already stored: id " + call.id());
        }
        Call row = CallMerge.normalise(call);
        long id = jdbi.withHandle(h -> {
            long stored = bind(h.createUpdate(INSERT), row).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Journalled.record(h, JournalTable.CALL, stored);
            return stored;
        });
        return row.userId() != null || row.extension() == null ? withId(row, id) : findById(id).orElseThrow();
    }

    /**
     * Inserts the call, or merges it into the row with the same {@code external_call_id}.
     * Running it any number of times leaves one row; see {@link CallMerge} for what wins.
     *
     * @return the stored call after the merge
     */
    public Call upsert(Call call) {
        return jdbi.inTransaction(h -> {
            upsertAll(List.of(call));
            return findByExternalId(call.externalCallId()).orElseThrow();
        });
    }

    /**
     * {@link #upsert} for a page of PBX records at once, in one transaction with batched writes.
     * The same {@code external_call_id} twice in the list is merged in list order.
     */
    public UpsertCounts upsertAll(List<Call> calls) {
        requireKeys(calls);
        return jdbi.inTransaction(h -> {
            Map<String, Call> current = existing(h, calls);
            Map<String, Call> inserts = new LinkedHashMap<>();
            Map<String, Call> updates = new LinkedHashMap<>();
            int unchanged = 0;
            for (Call report : calls) {
                String key = report.externalCallId();
                Call stored = current.get(key);
                Call next = stored == null ? withId(CallMerge.normalise(report), null) : CallMerge.merge(stored, report);
                if (next.equals(stored)) {
                    unchanged++;
                    continue;
                }
                current.put(key, next);
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

    /**
     * {@link #upsertAll} for a page the caller expects to be all new (a bulk load: the first sync
     * of a new install): the rows are inserted at once, without first reading which of them exist.
     * Should one exist after all (the unique key refuses it), the attempt is rolled back to a
     * savepoint and the page merged as {@link #upsertAll} does, so the result is the same either
     * way; only the cost differs.
     */
    public UpsertCounts insertOrUpsertAll(List<Call> calls) {
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

    /**
     * Merges a report into the stored call with the report's id, by the same rules as
     * {@link #upsert} (status never moves back, agent fields kept, missing values never erase).
     * For calls the console started before the PBX gave them an id: the report may bring the
     * {@code external_call_id}, the final status of a refused dial, …
     *
     * @return the stored call after the merge, or empty when no call has that id
     */
    public Optional<Call> merge(Call report) {
        long id = Objects.requireNonNull(report.id(), "merge needs the call's id");
        return jdbi.inTransaction(h -> {
            Optional<Call> stored = findById(id);
            stored.map(s -> CallMerge.merge(s, report))
                    .filter(next -> !next.equals(stored.get()))
                    .ifPresent(next -> {
                        write(h, UPDATE, List.of(next), true);
                        Journalled.record(h, JournalTable.CALL, id);
                    });
            return stored.isEmpty() ? Optional.<Call>empty() : findById(id);
        });
    }

    public Optional<Call> findById(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE id = :id").bind("id", id).map(mapper).findOne());
    }

    public Optional<Call> findByExternalId(String externalCallId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE external_call_id = :ext")
                .bind("ext", externalCallId).map(mapper).findOne());
    }

    /** Saves the agent's notes; {@code false} when no such call. */
    public boolean updateNotes(long id, String notes) {
        return jdbi.withHandle(h -> {
            boolean found = h.createUpdate("UPDATE calls SET notes = :notes, updated_at = :now WHERE id = :id")
                    .bind("notes", notes).bind("now", clock.instant()).bind("id", id).execute() == 1;
            Journalled.record(h, JournalTable.CALL, id);
            return found;
        });
    }

    /**
     * Saves the outcome group alone ({@code null} clears it), as the history's edit and the API give it; the
     * disposition picked before, of whatever group, no longer holds. {@code false} when no such call.
     */
    /** The disposition the call's outcome was picked as, if one was (older rows and API outcomes have none). */
    public java.util.Optional<Long> dispositionId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT disposition_id FROM calls WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findFirst());
    }

    public boolean updateOutcome(long id, Outcome outcome) {
        return jdbi.withHandle(h -> {
            boolean found = h.createUpdate("""
                    UPDATE calls SET outcome = :outcome, disposition_id = NULL, updated_at = :now WHERE id = :id""")
                    .bind("outcome", CallRowMapper.outcomeCode(outcome)).bind("now", clock.instant()).bind("id", id)
                    .execute() == 1;
            Journalled.record(h, JournalTable.CALL, id);
            return found;
        });
    }

    /**
     * Saves the disposition the agent picked: its group in {@code outcome} (what the stats count) and its id;
     * {@code false} when no such call.
     */
    public boolean updateDisposition(long id, Outcome group, long dispositionId) {
        return jdbi.withHandle(h -> {
            boolean found = h.createUpdate("""
                    UPDATE calls SET outcome = :outcome, disposition_id = :disposition, updated_at = :now WHERE id = :id""")
                    .bind("outcome", CallRowMapper.outcomeCode(group)).bind("disposition", dispositionId)
                    .bind("now", clock.instant()).bind("id", id).execute() == 1;
            Journalled.record(h, JournalTable.CALL, id);
            return found;
        });
    }

    /** The disposition picked for the call, when one was (calls from before dispositions have only their outcome). */
    public java.util.Optional<Long> dispositionOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT disposition_id FROM calls WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findFirst());
    }

    /**
     * One page of the history, newest first, starting after {@code after} ({@code null} for the
     * first page). Keyset paging: a deep page costs what the first does.
     */
    public CallPage page(CallFilter filter, PageCursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        CallFilterSql where = CallFilterSql.of(filter).after(after);
        List<Call> rows = jdbi.withHandle(h -> where.bind(h.createQuery(pageSql(where, kind.isH2(h)))).bind("limit", limit + 1)
                .map(mapper).list());
        if (rows.size() <= limit) {
            return new CallPage(rows, null);
        }
        List<Call> page = rows.subList(0, limit);
        return new CallPage(page, PageCursor.after(page.get(limit - 1)));
    }

    /**
     * How many calls the filter selects, for the history's total.
     *
     * <p>A filter on several statuses and/or directions (without a narrowing key) is counted as one
     * query per (status, direction) pair, summed: H2 seeks {@code ix_calls_status_direction_start}
     * only on its first column for an IN list, so {@code status IN (…) AND direction = …} read every
     * row of those statuses in the whole table (400,000 entries for 44,000 matches in 1M calls);
     * with equalities on both columns each query reads only its matches.
     */
    public long count(CallFilter filter) {
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
     * The page query; {@code :limit} is bound by the caller. Package-private for the EXPLAIN test.
     *
     * <p>On H2, a broad filter (period, status, direction …) is told to read {@code ix_calls_start}:
     * H2's planner ignores LIMIT, so it would otherwise pick the status/direction index, fetch every
     * matching row of the period and sort them all, for every page. Read in (start_time DESC,
     * id DESC) order, a page stops after {@code limit} matches, and a deep page costs what the first
     * does. PostgreSQL's planner weighs LIMIT itself and needs no hint (H2's syntax is not its own).
     */
    static String pageSql(CallFilterSql where, boolean h2) {
        String hint = h2 && !where.narrowsByKey() ? " USE INDEX (ix_calls_start)" : "";
        return SELECT + hint + where.whereClause() + " ORDER BY start_time DESC, id DESC LIMIT :limit";
    }

    static String countSql(CallFilterSql where) {
        return "SELECT COUNT(*) FROM calls" + where.whereClause();
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

    private Map<String, Call> existing(Handle h, List<Call> calls) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(calls.stream().map(Call::externalCallId).toList()));
        Map<String, Call> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += LOOKUP_CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + LOOKUP_CHUNK));
            h.createQuery(SELECT + " WHERE external_call_id IN (<keys>)")
                    .bindList("keys", chunk)
                    .map(mapper)
                    .forEach(c -> found.put(c.externalCallId(), c));
        }
        return found;
    }

    private void write(Handle h, String sql, Iterable<Call> rows, boolean byId) {
        PreparedBatch batch = h.prepareBatch(sql);
        int size = 0;
        for (Call row : rows) {
            bind(batch, row);
            if (byId) {
                batch.bind("id", row.id());
            }
            batch.add();
            size++;
        }
        if (size > 0) {
            batch.execute();
        }
    }

    private <S extends SqlStatement<S>> S bind(S s, Call c) {
        return s.bind("lead_id", c.leadId())
                .bind("opportunity_id", c.opportunityId())
                .bind("user_id", c.userId())
                .bind("phone_number", c.phoneNumber())
                .bind("direction", Objects.requireNonNull(c.direction(), "direction").code())
                .bind("duration_s", seconds(c.duration()))
                .bind("status", Objects.requireNonNull(c.status(), "status").code())
                .bindByType("start_time", Objects.requireNonNull(c.startTime(), "startTime"), Instant.class)
                .bindByType("end_time", c.endTime(), Instant.class)
                .bind("recording_url", c.recordingUrl())
                .bind("external_call_id", c.externalCallId())
                .bind("notes", c.notes())
                .bind("extension", c.extension())
                .bind("operator", CallBatchWriter.fit(c.operator()))
                .bind("wait_s", seconds(c.waitTime()))
                .bind("talk_s", seconds(c.talkTime()))
                .bind("hangup_reason", CallBatchWriter.fit(c.hangupReason()))
                .bind("sip_code", c.sipCode())
                .bind("transcript", c.transcript())
                .bind("summary", c.summary())
                .bind("outcome", CallRowMapper.outcomeCode(c.outcome()))
                .bind("raw_status", CallBatchWriter.fit(c.rawStatus()))
                .bindByType("updated_at", clock.instant(), Instant.class);
    }

    private static Integer seconds(Duration d) {
        return d == null ? null : Math.toIntExact(d.toSeconds());
    }

    private static Call withId(Call c, Long id) {
        return new Call(id, c.leadId(), c.opportunityId(), c.userId(), c.phoneNumber(), c.direction(), c.duration(),
                c.status(), c.startTime(), c.endTime(), c.recordingUrl(), c.externalCallId(), c.notes(), c.extension(),
                c.operator(), c.waitTime(), c.talkTime(), c.hangupReason(), c.sipCode(), c.transcript(), c.summary(),
                c.outcome(), c.rawStatus());
    }
}
