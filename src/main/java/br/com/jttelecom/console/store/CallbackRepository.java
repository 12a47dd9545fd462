package br.com.jttelecom.console.store;

import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** The {@code callback} table: calls the agent promised to return ("agendada"). */
public final class CallbackRepository {

    /** One pending or done callback; {@code leadName} is joined in for the list. */
    public record Callback(long id, Long callId, Long leadId, String leadName, String phoneNumber, Instant dueAt,
                           Instant doneAt) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public CallbackRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public long schedule(Long callId, Long leadId, String phoneNumber, Instant dueAt) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("""
                            INSERT INTO callback (call_id, lead_id, phone_number, due_at, created_at)
                            VALUES (:call, :lead, :phone, :due, :now)
                            """)
                    .bind("call", callId).bind("lead", leadId).bind("phone", phoneNumber)
                    .bindByType("due", dueAt, Instant.class).bindByType("now", clock.instant(), Instant.class)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Journalled.record(h, JournalTable.CALLBACK, id);
            showNextOnLead(h, leadId);
            return id;
        });
    }

    /** The lead's "next callback" is its soonest callback not yet done, so the lead list shows what was scheduled. */
    private static void showNextOnLead(org.jdbi.v3.core.Handle h, Long leadId) {
        if (leadId == null) {
            return;
        }
        h.createUpdate("""
                        UPDATE lead SET next_callback_at =
                            (SELECT MIN(c.due_at) FROM callback c WHERE c.lead_id = :lead AND c.done_at IS NULL)
                        WHERE id = :lead
                        """).bind("lead", leadId).execute();
        Journalled.record(h, JournalTable.LEAD, leadId);
    }

    /** Callbacks not yet done and due before {@code until}, soonest (most overdue) first. */
    public List<Callback> pendingUntil(Instant until) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.id, c.call_id, c.lead_id, l.name, c.phone_number, c.due_at, c.done_at
                        FROM callback c LEFT JOIN lead l ON l.id = c.lead_id
                        WHERE c.done_at IS NULL AND c.due_at <= :until ORDER BY c.due_at, c.id
                        """)
                .bindByType("until", until, Instant.class)
                .map((rs, ctx) -> new Callback(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                        Database.toInstant(rs.getObject(6, OffsetDateTime.class)),
                        Database.toInstant(rs.getObject(7, OffsetDateTime.class))))
                .list());
    }

    /**
     * Callbacks not yet done and due before {@code until} whose call belongs to {@code ownerId} (the call's console
     * user; {@code null}: the callbacks whose call has none), soonest first.
     */
    public List<Callback> pendingUntilOwnedBy(Long ownerId, Instant until) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT c.id, c.call_id, c.lead_id, l.name, c.phone_number, c.due_at, c.done_at
                        FROM callback c LEFT JOIN lead l ON l.id = c.lead_id LEFT JOIN calls k ON k.id = c.call_id
                        WHERE c.done_at IS NULL AND c.due_at <= :until
                          AND (k.user_id = :owner OR (CAST(:owner AS BIGINT) IS NULL AND k.user_id IS NULL))
                        ORDER BY c.due_at, c.id
                        """)
                .bindByType("until", until, Instant.class).bindByType("owner", ownerId, Long.class)
                .map((rs, ctx) -> new Callback(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                        Database.toInstant(rs.getObject(6, OffsetDateTime.class)),
                        Database.toInstant(rs.getObject(7, OffsetDateTime.class))))
                .list());
    }

    public void markDone(long id) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE callback SET done_at = :now WHERE id = :id")
                    .bindByType("now", clock.instant(), Instant.class).bind("id", id).execute();
            Journalled.record(h, JournalTable.CALLBACK, id);
            showNextOnLead(h, h.createQuery("SELECT lead_id FROM callback WHERE id = :id").bind("id", id)
                    .mapTo(Long.class).list().stream().filter(Objects::nonNull).findFirst().orElse(null));
        });
    }
}
