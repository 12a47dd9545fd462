package br.com.jttelecom.console.ui.fx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date fields read and write day/month/year, as every date of the console is shown. A DatePicker follows the
 * system's locale by itself: on a machine set to C.UTF-8 (or en-US) the callback date "11/12/2026" was taken as
 * 12 November. The English console is day-first too: its tables, cards, exports and the PBX's own records are,
 * for people in Brazil who read English; a field that read month-first beside them would be the odd one out.
 */
public final class DateFields {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** What a person types: one or two digits for day and month, two or four for the year (26 is 2026). */
    static final DateTimeFormatter TYPED = new DateTimeFormatterBuilder()
            .appendPattern("d/M/")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 2000)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT); // 31/02 is a typing mistake, not 28 February

    private DateFields() {
    }

    /** Gives each picker the console's day/month/year, whatever the system's locale. */
    public static void dayMonthYear(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return date == null ? "" : SHOWN.format(date);
                }

                @Override
                public LocalDate fromString(String text) {
                    if (text == null || text.isBlank()) {
                        return null;
                    }
                    try {
                        return LocalDate.parse(text.strip().replace('-', '/').replace('.', '/'), TYPED);
                    } catch (DateTimeParseException e) {
                        return picker.getValue(); // not a date: the field goes back to the one it had
                    }
                }
            });
        }
    }
}
