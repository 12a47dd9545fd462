package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.Opportunity;
import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The opportunities of leads. */
public final class OpportunityRepository {

    private static final RowMapper<Opportunity> MAPPER = (rs, ctx) -> {
        long ownerValue = rs.getLong("owner_user_id");
        Long owner = rs.wasNull() ? null : ownerValue;
        return new Opportunity(rs.getLong("id"), rs.getLong("lead_id"), rs.getString("title"),
                LeadStage.fromCode(rs.getString("stage")), rs.getBigDecimal("amount"), owner,
                Database.toInstant(rs.getObject("created_at", OffsetDateTime.class)),
                Database.toInstant(rs.getObject("closed_at", OffsetDateTime.class)));
    };

    private final Jdbi jdbi;
    private final Clock clock;

    public OpportunityRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public OpportunityRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** Stores a new opportunity (id null); its creation time is now when not given. */
    public Opportunity insert(Opportunity o) {
        if (o.id() != null) {
            throw new IllegalArgumentException("already stored: id " + o.id());
        }
        var created = o.createdAt() == null ? clock.instant() : o.createdAt();
        long id = jdbi.withHandle(h -> {
            long stored = h.createUpdate("""
                            INSERT INTO opportunity (lead_id, title, stage, amount, owner_user_id, created_at, updated_at, closed_at)
                            VALUES (:lead, :title, :stage, :amount, :owner, :created, :now, :closed)
                            """)
                    .bind("lead", o.leadId()).bind("title", o.title()).bind("stage", o.stage().code())
                    .bind("amount", o.amount()).bind("owner", o.ownerUserId()).bind("created", created)
                    .bind("now", clock.instant()).bind("closed", o.closedAt())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Journalled.record(h, JournalTable.OPPORTUNITY, stored);
            return stored;
        });
        return new Opportunity(id, o.leadId(), o.title(), o.stage(), o.amount(), o.ownerUserId(), created, o.closedAt());
    }

    /** The lead's opportunities, open ones first, newest first. */
    public List<Opportunity> forLead(long leadId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, lead_id, title, stage, amount, owner_user_id, created_at, closed_at
                        FROM opportunity WHERE lead_id = :lead
                        ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC
                        """)
                .bind("lead", leadId).map(MAPPER).list());
    }
}
