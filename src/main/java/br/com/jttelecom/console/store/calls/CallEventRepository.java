package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.store.Database;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** The {@code call_event} table: an append-only timeline per call (the seed's CallLog). */
public final class CallEventRepository {

    private final Jdbi jdbi;

    public CallEventRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** Stores the event (its id must be null) and returns it with its id. */
    public CallEvent append(CallEvent event) {
        if (event.id() != null) {
            throw new IllegalArgumentException("already stored: id " + event.id());
        }
        long id = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO call_event (call_id, event_type, event_data, ts)
                        VALUES (:call_id, :event_type, :event_data, :ts)
                        """)
                .bind("call_id", event.callId())
                .bind("event_type", event.eventType())
                .bind("event_data", event.eventData())
                .bindByType("ts", event.timestamp(), Instant.class)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new CallEvent(id, event.callId(), event.eventType(), event.eventData(),
                Database.toInstant(Database.toUtc(event.timestamp())));
    }

    /** The call's events, oldest first (ties in insertion order). */
    public List<CallEvent> listForCall(long callId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, call_id, event_type, event_data, ts FROM call_event
                        WHERE call_id = :call_id ORDER BY ts, id
                        """)
                .bind("call_id", callId)
                .map((rs, ctx) -> new CallEvent(rs.getLong("id"), rs.getLong("call_id"), rs.getString("event_type"),
                        rs.getString("event_data"), Database.toInstant(rs.getObject("ts", OffsetDateTime.class))))
                .list());
    }
}
