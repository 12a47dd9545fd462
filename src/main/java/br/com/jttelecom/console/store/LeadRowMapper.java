package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.LeadSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A lead row (columns {@link #COLUMNS}) as a summary; phones come from {@code lead_phone} afterwards. */
final class LeadRowMapper implements RowMapper<LeadSummary> {

    static final String COLUMNS = """
            l.id, l.name, l.company, l.email, l.stage, l.owner_user_id, l.next_callback_at, l.notes, \
            u.display_name AS owner_name, \
            (SELECT MAX(c.start_time) FROM calls c WHERE c.lead_id = l.id) AS last_call_at""";

    static final String FROM = " FROM lead l LEFT JOIN app_user u ON u.id = l.owner_user_id";

    @Override
    public LeadSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
        long ownerValue = rs.getLong("owner_user_id");
        Long owner = rs.wasNull() ? null : ownerValue;
        Lead lead = new Lead(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("company"),
                List.of(),
                rs.getString("email"),
                LeadStage.fromCode(rs.getString("stage")),
                owner,
                Database.toInstant(rs.getObject("last_call_at", OffsetDateTime.class)),
                Database.toInstant(rs.getObject("next_callback_at", OffsetDateTime.class)),
                rs.getString("notes"));
        return new LeadSummary(lead, rs.getString("owner_name"));
    }
}
