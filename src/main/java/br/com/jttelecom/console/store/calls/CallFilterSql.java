package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A {@link CallFilter} as a WHERE clause. The SQL text is made only of fixed fragments and
 * parameter names; every value the person typed travels as a bound parameter.
 */
final class CallFilterSql {

    /** LIKE escape character: the same meaning in H2 and PostgreSQL, unlike a backslash. */
    private static final char ESCAPE = '!';

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private boolean narrowsByKey;

    private CallFilterSql() {
    }

    static CallFilterSql of(CallFilter f) {
        CallFilterSql sql = new CallFilterSql();
        sql.add("start_time >= :f_from", "f_from", f.from());
        sql.add("start_time < :f_to", "f_to", f.to());
        sql.in("status", "f_status", f.statuses().stream().map(CallStatus::code).sorted().toList());
        sql.in("direction", "f_direction", f.directions().stream().map(Direction::code).sorted().toList());
        sql.add("user_id = :f_user", "f_user", f.userId());
        sql.users(f.userIds(), f.orUnowned());
        sql.add("extension = :f_extension", "f_extension", blankToNull(f.extension()));
        sql.add("lead_id = :f_lead", "f_lead", f.leadId());
        sql.add("phone_number = :f_phone", "f_phone", blankToNull(f.phone()));
        sql.add("duration_s >= :f_min_duration", "f_min_duration",
                f.minDuration() == null ? null : (int) f.minDuration().toSeconds());
        sql.add("duration_s <= :f_max_duration", "f_max_duration",
                f.maxDuration() == null ? null : (int) f.maxDuration().toSeconds());
        sql.narrowsByKey = f.userId() != null || onlyOneUser(f) || f.leadId() != null
                || blankToNull(f.extension()) != null || blankToNull(f.phone()) != null;
        String notes = blankToNull(f.notesText());
        sql.add("LOWER(notes) LIKE :f_notes ESCAPE '" + ESCAPE + "'", "f_notes",
                notes == null ? null : "%" + escapeLike(notes.toLowerCase(Locale.ROOT)) + "%");
        return sql;
    }

    /** Adds the keyset condition: rows strictly after the cursor in (start_time DESC, id DESC) order. */
    CallFilterSql after(PageCursor cursor) {
        if (cursor != null) {
            // Past the cursor, "start_time < :f_to" says nothing more, but H2 may take it as the
            // start of its index scan instead of the cursor, and read every row before the cursor
            // again: a page 50 deep cost 80 times the first. Without it, the scan starts at the cursor.
            Object to = params.get("f_to");
            if (to instanceof java.time.Instant t && cursor.startTime().isBefore(t)) {
                where.remove("start_time < :f_to");
                params.remove("f_to");
            }
            // The leading "start_time <=" lets the database seek the index; the OR settles ties.
            condition("start_time <= :k_time AND (start_time < :k_time OR id < :k_id)");
            params.put("k_time", cursor.startTime());
            params.put("k_id", cursor.id());
        }
        return this;
    }

    /**
     * Whether the filter pins a user, lead, extension or phone: then few rows match and an index
     * on that column finds them all; otherwise many may match, and reading the history in
     * page order and stopping after one page is the cheaper plan.
     */
    boolean narrowsByKey() {
        return narrowsByKey;
    }

    /** {@code " WHERE …"}, or an empty string when nothing restricts. */
    String whereClause() {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        params.forEach(statement::bind);
        return statement;
    }

    private void add(String condition, String name, Object value) {
        if (value != null) {
            condition(condition);
            params.put(name, value);
        }
    }

    /**
     * Whose calls the asker may see. One user is an equality the user index answers; a team is an IN list
     * checked on the rows read in page order (the index on user_id would fetch and sort every call of the team);
     * a supervisor's team plus the calls of no user is an OR checked the same way, in page order.
     */
    private void users(java.util.Set<Long> ids, boolean orUnowned) {
        if (ids == null) {
            return;
        }
        List<String> names = placeholders("f_users", ids.stream().sorted().toList());
        String in = "user_id IN (" + String.join(", ", names) + ")";
        if (orUnowned) {
            condition(ids.isEmpty() ? "user_id IS NULL" : "(" + in + " OR user_id IS NULL)");
        } else if (ids.isEmpty()) {
            condition("1 = 0");
        } else {
            condition(ids.size() == 1 ? "user_id = " + names.get(0) : in);
        }
    }

    /** Only one user's calls (not the calls of no user beside them): the user index finds them all. */
    static boolean onlyOneUser(CallFilter f) {
        return f.userIds() != null && f.userIds().size() == 1 && !f.orUnowned();
    }

    private void in(String column, String prefix, List<?> values) {
        if (!values.isEmpty()) {
            condition(column + " IN (" + String.join(", ", placeholders(prefix, values)) + ")");
        }
    }

    /** Binds each value under {@code prefix0, prefix1, …} and returns their {@code :name} placeholders. */
    private List<String> placeholders(String prefix, List<?> values) {
        List<String> names = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            params.put(prefix + i, values.get(i));
            names.add(":" + prefix + i);
        }
        return names;
    }

    private void condition(String condition) {
        where.add(condition);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
