package br.com.jttelecom.console.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The one lead query the call side needs (who is calling?). Kept apart from the leads feature's own
 * repository so the two can evolve without touching each other's file.
 */
public final class LeadLookup {

    public record LeadMatch(long id, String name, String company) {
    }

    private final Jdbi jdbi;

    public LeadLookup(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** The first lead whose phone or alternative phone is this E.164 number. */
    public Optional<LeadMatch> byPhone(String e164) {
        if (e164 == null || e164.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, name, company FROM lead WHERE phone = :p
                        UNION SELECT id, name, company FROM lead WHERE phone_alt = :p
                        ORDER BY id FETCH FIRST 1 ROWS ONLY
                        """)
                .bind("p", e164)
                .map((rs, ctx) -> new LeadMatch(rs.getLong("id"), rs.getString("name"), rs.getString("company")))
                .findFirst());
    }

    /** The names of these leads, by id (ids of leads gone are absent). */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name FROM lead WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .reduceRows(new HashMap<Long, String>(), (names, row) -> {
                    names.put(row.getColumn("id", Long.class), row.getColumn("name", String.class));
                    return names;
                }));
    }

    public Optional<LeadMatch> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, company FROM lead WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new LeadMatch(rs.getLong("id"), rs.getString("name"), rs.getString("company")))
                .findFirst());
    }
}
