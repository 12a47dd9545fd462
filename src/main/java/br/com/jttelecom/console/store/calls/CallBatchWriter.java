package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;

/**
 * Batched INSERT / UPDATE of {@code calls} rows on the raw JDBC connection of the caller's handle.
 * A sync writes 1000-row pages: JDBI's named binding costs a map and a parse per row, which was a
 * third of the write time; positional parameters and one {@code executeBatch} avoid it.
 */
final class CallBatchWriter {

    /** The columns both statements write, in parameter order. */
    private static final String COLUMNS = """
            lead_id, opportunity_id, user_id, phone_number, direction, duration_s, status, start_time, end_time, \
            recording_url, external_call_id, notes, extension, operator, wait_s, talk_s, hangup_reason, sip_code, \
            transcript, summary, outcome, raw_status, updated_at""";

    private static final int COLUMN_COUNT = 23;

    static final String INSERT = "INSERT INTO calls (" + COLUMNS + ") VALUES (" + "?, ".repeat(COLUMN_COUNT - 1) + "?)";

    static final String UPDATE = "UPDATE calls SET " + COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?";

    /** The width of the free-text columns {@code operator}, {@code hangup_reason} and {@code raw_status}. */
    static final int TEXT_WIDTH = 255;
    /** {@code phone_number}: E.164 fits with room; what is kept "as the PBX wrote it" may not. */
    static final int PHONE_WIDTH = 32;
    static final int EXTENSION_WIDTH = 64;
    static final int URL_WIDTH = 2048;

    private CallBatchWriter() {
    }

    /**
     * Free text for those columns, written by others (the PBX's operator name and hang-up reason, the console's
     * own failure sentences): cut to fit rather than fail the whole write, or a whole sync page, over one sentence.
     */
    static String fit(String text) {
        return fit(text, TEXT_WIDTH);
    }

    /** {@code text} cut to {@code width} characters, the last one an ellipsis when it was cut. */
    static String fit(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** A link longer than its column is no link any server gave: kept out rather than cut into a wrong one. */
    static String fitUrl(String url) {
        return url == null || url.length() <= URL_WIDTH ? url : null;
    }

    static void insert(Connection c, Collection<Call> rows, Instant now) throws SQLException {
        write(c, INSERT, rows, now, false);
    }

    static void update(Connection c, Collection<Call> rows, Instant now) throws SQLException {
        write(c, UPDATE, rows, now, true);
    }

    private static void write(Connection c, String sql, Collection<Call> rows, Instant now, boolean byId)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime stamp = Database.toUtc(now);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Call row : rows) {
                bind(ps, row, stamp);
                if (byId) {
                    ps.setLong(COLUMN_COUNT + 1, Objects.requireNonNull(row.id(), "id"));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Call c, OffsetDateTime stamp) throws SQLException {
        setLong(ps, 1, c.leadId());
        setLong(ps, 2, c.opportunityId());
        setLong(ps, 3, c.userId());
        ps.setString(4, fit(c.phoneNumber(), PHONE_WIDTH));
        ps.setString(5, Objects.requireNonNull(c.direction(), "direction").code());
        setSeconds(ps, 6, c.duration());
        ps.setString(7, Objects.requireNonNull(c.status(), "status").code());
        ps.setObject(8, Database.toUtc(Objects.requireNonNull(c.startTime(), "startTime")));
        setInstant(ps, 9, c.endTime());
        ps.setString(10, fitUrl(c.recordingUrl()));
        ps.setString(11, c.externalCallId());
        ps.setString(12, c.notes());
        ps.setString(13, fit(c.extension(), EXTENSION_WIDTH));
        ps.setString(14, fit(c.operator()));
        setSeconds(ps, 15, c.waitTime());
        setSeconds(ps, 16, c.talkTime());
        ps.setString(17, fit(c.hangupReason()));
        setInt(ps, 18, c.sipCode());
        ps.setString(19, c.transcript());
        ps.setString(20, c.summary());
        ps.setString(21, CallRowMapper.outcomeCode(c.outcome()));
        ps.setString(22, fit(c.rawStatus()));
        ps.setObject(23, stamp);
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setSeconds(PreparedStatement ps, int i, Duration d) throws SQLException {
        setInt(ps, i, d == null ? null : Math.toIntExact(d.toSeconds()));
    }

    private static void setInstant(PreparedStatement ps, int i, Instant v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, Database.toUtc(v));
        }
    }
}
