package br.com.jttelecom.console.store.recovery;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows a journal line carries, and turns its values back into column values. Values
 * are kept as JSON can hold them: numbers, booleans, text; instants and amounts as text
 * (ISO-8601, plain decimal), so no precision is lost on the way.
 */
final class RowImages {

    private RowImages() {
    }

    /** The rows of {@code table} with these key values (all rows when the table is kept whole). */
    static List<Map<String, Object>> rows(Connection c, JournalTable table, Map<String, Object> key) throws SQLException {
        String columns = table == JournalTable.CALL ? String.join(", ", JournalTable.CALL_COLUMNS) : "*";
        return select(c, "SELECT " + columns + " FROM " + table.sqlName() + where(key.keySet().stream().toList()),
                List.copyOf(key.values()));
    }

    /** The rows of a child table that belong to the key's row. */
    static List<Map<String, Object>> childRows(Connection c, JournalTable.Child child, Object parentKey)
            throws SQLException {
        return select(c, "SELECT * FROM " + child.table() + " WHERE " + child.foreignKey() + " = ?", List.of(parentKey));
    }

    static String where(List<String> columns) {
        if (columns.isEmpty()) {
            return "";
        }
        return " WHERE " + String.join(" AND ", columns.stream().map(k -> k + " = ?").toList());
    }

    private static List<Map<String, Object>> select(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), toJson(rs, i, meta.getColumnType(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static Object toJson(ResultSet rs, int i, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i);
            default -> rs.getObject(i);
        };
        if (value instanceof OffsetDateTime t) {
            return t.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value;
    }

    /** A value read back from a journal line, as the column of this SQL type takes it. */
    static void bind(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
            return;
        }
        switch (sqlType) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> ps.setObject(index, OffsetDateTime.parse(value.toString()));
            case Types.NUMERIC, Types.DECIMAL -> ps.setBigDecimal(index, new BigDecimal(value.toString()));
            case Types.BIGINT -> ps.setLong(index, ((Number) value).longValue());
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ps.setInt(index, ((Number) value).intValue());
            case Types.BOOLEAN -> ps.setBoolean(index, (Boolean) value);
            default -> ps.setObject(index, value);
        }
    }

    /** Column name (lower case) → SQL type, for binding a line's values. */
    static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> types = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), meta.getColumnType(i));
            }
            return types;
        }
    }
}
