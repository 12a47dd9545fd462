package br.com.jttelecom.console.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as rows of fields, whatever spreadsheet wrote it: UTF-8 (with or without BOM) or,
 * when the bytes are not valid UTF-8, Windows-1252 (Excel's "CSV" in Brazil; a superset of
 * Latin-1 for every printable character); {@code ;} (Excel with a Brazilian locale) or {@code ,};
 * quoted fields with {@code ""} escapes and line breaks inside.
 */
public final class CsvText {

    public static final Charset LATIN = Charset.forName("windows-1252");

    private CsvText() {
    }

    /** The decoded text and which charset it was in. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(stripBom(text), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(stripBom(new String(bytes, LATIN)), LATIN);
        }
    }

    /** {@code ;} or {@code ,}: whichever the first line has more of outside quotes ({@code ;} on a tie). */
    public static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The rows of the text, each with the 1-based line it starts on; blank lines are skipped. */
    public static List<Row> rows(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, fields, rowLine);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addRow(rows, fields, rowLine);
        return rows;
    }

    public record Row(int line, List<String> fields) {

        public String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private static void addRow(List<Row> rows, List<String> fields, int line) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
