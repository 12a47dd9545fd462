package br.com.jttelecom.console.service;

import java.util.List;

/** One CSV line for Excel in pt-BR: {@code ;} between fields, quotes only when a field needs them. */
public final class CsvLine {

    public static final char SEPARATOR = ';';

    private CsvLine() {
    }

    public static void append(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            appendField(out, fields.get(i));
        }
        out.append("\r\n");
    }

    public static void appendField(StringBuilder out, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                // A leading = + - @ would make Excel evaluate the cell as a formula.
                || "=+-@".indexOf(value.charAt(0)) >= 0;
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[-+]?\\d[\\d.,:]*") ? "'" + value : value;
        out.append(safe.replace("\"", "\"\"")).append('"');
    }
}
