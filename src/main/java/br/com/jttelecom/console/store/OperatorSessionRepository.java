package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.OperatorState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** The {@code operator_session} table: the agent's state timeline that the stats read. */
public final class OperatorSessionRepository {

    /** One stored span of a state; {@code endedAt} is null while it lasts. */
    public record Span(long id, String operatorId, OperatorState state, String reason, Instant startedAt, Instant endedAt) {
    }

    private final Jdbi jdbi;

    public OperatorSessionRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** Closes the operator's open span (if any) at {@code at} and opens one for the new state, in one transaction. */
    public void begin(String operatorId, OperatorState state, String reason, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE operator_session SET ended_at = :at WHERE operator_id = :op AND ended_at IS NULL")
                    .bindByType("at", at, Instant.class).bind("op", operatorId).execute();
            h.createUpdate("""
                            INSERT INTO operator_session (operator_id, state, reason, started_at)
                            VALUES (:op, :state, :reason, :at)
                            """)
                    .bind("op", operatorId).bind("state", state.name()).bind("reason", reason)
                    .bindByType("at", at, Instant.class).execute();
        });
    }

    /** The operator's spans, oldest first. */
    public List<Span> list(String operatorId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, operator_id, state, reason, started_at, ended_at FROM operator_session
                        WHERE operator_id = :op ORDER BY started_at, id
                        """)
                .bind("op", operatorId)
                .map((rs, ctx) -> new Span(rs.getLong("id"), rs.getString("operator_id"),
                        OperatorState.valueOf(rs.getString("state")), rs.getString("reason"),
                        Database.toInstant(rs.getObject("started_at", OffsetDateTime.class)),
                        Database.toInstant(rs.getObject("ended_at", OffsetDateTime.class))))
                .list());
    }
}
