package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code calls} row as a {@link Call}; the column list is {@link #COLUMNS}. */
final class CallRowMapper implements RowMapper<Call> {

    static final String COLUMNS = """
            id, lead_id, opportunity_id, user_id, phone_number, direction, duration_s, status, start_time, end_time, \
            recording_url, external_call_id, notes, extension, operator, wait_s, talk_s, hangup_reason, sip_code, \
            transcript, summary, outcome, raw_status""";

    /** The head of every query that reads whole rows: the columns this mapper reads, from {@code calls}. */
    static final String SELECT = "SELECT " + COLUMNS + " FROM calls";

    @Override
    public Call map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Call(
                rs.getLong("id"),
                longOrNull(rs, "lead_id"),
                longOrNull(rs, "opportunity_id"),
                longOrNull(rs, "user_id"),
                rs.getString("phone_number"),
                Direction.fromCode(rs.getString("direction")),
                seconds(rs, "duration_s"),
                CallStatus.fromCode(rs.getString("status")),
                Database.toInstant(rs.getObject("start_time", OffsetDateTime.class)),
                Database.toInstant(rs.getObject("end_time", OffsetDateTime.class)),
                rs.getString("recording_url"),
                rs.getString("external_call_id"),
                rs.getString("notes"),
                rs.getString("extension"),
                rs.getString("operator"),
                seconds(rs, "wait_s"),
                seconds(rs, "talk_s"),
                rs.getString("hangup_reason"),
                intOrNull(rs, "sip_code"),
                rs.getString("transcript"),
                rs.getString("summary"),
                outcome(rs.getString("outcome")),
                rs.getString("raw_status"));
    }

    /** The database spelling of an outcome: {@code productive}, {@code unproductive}, {@code scheduled}. */
    static String outcomeCode(Outcome outcome) {
        return outcome == null ? null : outcome.name().toLowerCase(Locale.ROOT);
    }

    private static Outcome outcome(String code) {
        return code == null ? null : Outcome.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        Integer value = intOrNull(rs, column);
        return value == null ? null : Duration.ofSeconds(value);
    }
}
