package br.com.jttelecom.console.store;

import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The {@code audit_log} table. Only inserts and reads: there is deliberately no update or delete,
 * the trail is append-only (tampering done behind our back is what the hash chain catches).
 */
public final class AuditLogRepository {

    private static final RowMapper<AuditRow> ROW = (rs, ctx) -> new AuditRow(rs.getLong("id"),
            Database.toInstant(rs.getObject("at", java.time.OffsetDateTime.class)), rs.getString("actor"),
            rs.getString("action"), rs.getString("target"), rs.getString("result"), rs.getString("details"),
            rs.getString("prev_hash"), rs.getString("row_hash"));

    private final Jdbi jdbi;

    public AuditLogRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    public Optional<AuditRow> last() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")
                .map(ROW).findFirst());
    }

    /** @return the new row's id */
    public long insert(Instant at, String actor, String action, String target, String result, String details,
                       String prevHash, String rowHash) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("""
                            INSERT INTO audit_log (at, actor, action, target, result, details, prev_hash, row_hash)
                            VALUES (:at, :actor, :action, :target, :result, :details, :prev, :hash)
                            """)
                    .bindByType("at", at, Instant.class).bind("actor", actor).bind("action", action)
                    .bind("target", target).bind("result", result).bind("details", details)
                    .bind("prev", prevHash).bind("hash", rowHash)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Journalled.record(h, JournalTable.AUDIT, id);
            return id;
        });
    }

    /** Every row in insertion order: the chain is checked in this order. */
    public List<AuditRow> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY id").map(ROW).list());
    }

    /** Rows matching the filters (null = any), newest first. */
    public List<AuditRow> find(String actor, String action, Instant from, Instant to, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM audit_log
                        WHERE (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)
                          AND (CAST(:action AS VARCHAR) IS NULL OR action = :action)
                          AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR at >= :from)
                          AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR at < :to)
                        ORDER BY id DESC LIMIT :limit
                        """)
                .bind("actor", actor).bind("action", action)
                .bindByType("from", from, Instant.class).bindByType("to", to, Instant.class)
                .bind("limit", limit).map(ROW).list());
    }
}
