package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.store.OperatorSessionRepository.Span;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The operator state spans the stats read (those that overlap a period: wrap-up, occupancy, time per state) and
 * the live board reads (the spans still open: each console's own operator, with the exact time it changed).
 */
public final class OperatorSpanQuery {

    private static final String SELECT = "SELECT id, operator_id, state, reason, started_at, ended_at FROM operator_session";

    private static final RowMapper<Span> SPAN = (rs, ctx) -> new Span(rs.getLong("id"), rs.getString("operator_id"),
            OperatorState.valueOf(rs.getString("state")), rs.getString("reason"),
            Database.toInstant(rs.getObject("started_at", OffsetDateTime.class)),
            Database.toInstant(rs.getObject("ended_at", OffsetDateTime.class)));

    private final Jdbi jdbi;

    public OperatorSpanQuery(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** Every span that started before {@code to} and had not ended by {@code from}; open spans included. */
    public List<Span> overlapping(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + """
                         WHERE started_at < :to AND (ended_at IS NULL OR ended_at > :from)
                        ORDER BY operator_id, started_at, id
                        """)
                .bind("from", from).bind("to", to).map(SPAN).list());
    }

    /** The span each operator is in now (the latest open one per operator). */
    public List<Span> open() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE ended_at IS NULL ORDER BY operator_id, started_at, id")
                .map(SPAN).list());
    }
}
