package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.DeferredIndexes;
import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * (start_time DESC, id DESC). The single-row reads and writes are here; the batch upserts are
 * {@link CallUpserts}' and the pages and counts {@link CallPageQueries}', this class their one public face.
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

    private static final String SELECT = CallRowMapper.SELECT;

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
    private final CallUpserts upserts;
    private final CallPageQueries pages;

    public CallRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.upserts = new CallUpserts(jdbi, clock);
        this.pages = new CallPageQueries(jdbi);
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
        return row.userId() != null || row.extension() == null ? CallMerge.withId(row, id) : findById(id).orElseThrow();
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
        return upserts.upsertAll(calls);
    }

    /**
     * {@link #upsertAll} for a page the caller expects to be all new (a bulk load: the first sync
     * of a new install): the rows are inserted at once, without first reading which of them exist.
     * Should one exist after all (the unique key refuses it), the attempt is rolled back to a
     * savepoint and the page merged as {@link #upsertAll} does, so the result is the same either
     * way; only the cost differs.
     */
    public UpsertCounts insertOrUpsertAll(List<Call> calls) {
        return upserts.insertOrUpsertAll(calls);
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

    /** The disposition the call's outcome was picked as, if one was (older rows and API outcomes have none). */
    public Optional<Long> dispositionId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT disposition_id FROM calls WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findFirst());
    }

    /**
     * Saves the outcome group alone ({@code null} clears it), as the history's edit and the API give it; the
     * disposition picked before, of whatever group, no longer holds. {@code false} when no such call.
     */
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
    public Optional<Long> dispositionOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT disposition_id FROM calls WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findFirst());
    }

    /**
     * One page of the history, newest first, starting after {@code after} ({@code null} for the
     * first page). Keyset paging: a deep page costs what the first does.
     */
    public CallPage page(CallFilter filter, PageCursor after, int limit) {
        return pages.page(filter, after, limit);
    }

    /**
     * How many calls the filter selects, for the history's total. A filter on several statuses and/or
     * directions is counted in parts that each read one index range ({@link CountSplit}).
     */
    public long count(CallFilter filter) {
        return pages.count(filter);
    }

    /** {@link CallPageQueries#pageSql}, named here for the EXPLAIN tests. */
    static String pageSql(CallFilterSql where, boolean h2) {
        return CallPageQueries.pageSql(where, h2);
    }

    /** {@link CallPageQueries#countSql}, named here for the EXPLAIN tests. */
    static String countSql(CallFilterSql where) {
        return CallPageQueries.countSql(where);
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
}
