package br.com.jttelecom.console.store;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code sync_state} table. Call {@link #put} inside the transaction that writes the rows the
 * cursor covers ({@code jdbi.useTransaction(h -> { calls.upsertAll(page); syncState.put("history", c); })}),
 * so the rows and the cursor commit or vanish together.
 */
public final class SyncStateRepository {

    private final Jdbi jdbi;
    private final Clock clock;

    public SyncStateRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SyncStateRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    public Optional<SyncState> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, sync_cursor, updated_at FROM sync_state WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new SyncState(rs.getString("name"), rs.getString("sync_cursor"),
                        Database.toInstant(rs.getObject("updated_at", OffsetDateTime.class))))
                .findFirst());
    }

    public Optional<String> cursor(String name) {
        return get(name).map(SyncState::cursor);
    }

    /** Moves the cursor (creating the row when absent), stamped with the clock's time. */
    public void put(String name, String cursor) {
        Objects.requireNonNull(name, "name");
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE sync_state SET sync_cursor = :cursor, updated_at = :now WHERE name = :name")
                    .bind("cursor", cursor).bindByType("now", now, Instant.class).bind("name", name).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO sync_state (name, sync_cursor, updated_at) VALUES (:name, :cursor, :now)")
                        .bind("name", name).bind("cursor", cursor).bindByType("now", now, Instant.class).execute();
            }
        });
    }
}
