package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.phone.BrazilianNumber;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.ui.Durations;
import br.com.jttelecom.console.ui.ShortDates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Turns calls into the texts the history screens show (dates in the user's zone, numbers formatted). */
public final class CallTexts {

    private final Messages messages;
    private final PhoneNumbers phones;
    private final DateTimeFormatter dateTime;
    private final ShortDates tableDates;

    /** @param clock says which year is this one: a table line leaves it out of this year's dates */
    public CallTexts(Messages messages, PhoneNumbers phones, ZoneId zone, Clock clock) {
        this.messages = messages;
        this.phones = phones;
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(zone);
        // Another year's call shows its year instead of its seconds.
        this.tableDates = new ShortDates("dd/MM HH:mm:ss", "dd/MM/yyyy HH:mm", messages.locale(), zone, clock);
    }

    public CallRow row(Call c) {
        return row(c, null);
    }

    /** The call's line, its lead named by {@code leadName} (its id when the name is not known). */
    public CallRow row(Call c, String leadName) {
        String lead = leadName != null ? leadName : c.leadId() == null ? "" : "nº " + c.leadId();
        return new CallRow(c.id(), tableDateTime(c.startTime()), c.direction(), direction(c.direction()),
                number(c.phoneNumber()), lead, orEmpty(c.operator()),
                orEmpty(c.extension()), c.status(), status(c.status()), Durations.format(c.duration()), outcome(c.outcome()),
                c.recordingUrl() != null && !c.recordingUrl().isBlank());
    }

    public String dateTime(Instant t) {
        return t == null ? "" : dateTime.format(t);
    }

    /**
     * A start in a table line, where width is short: {@code 28/11 14:57:12} this year; a call of another year
     * shows its year instead of its seconds ({@code 30/12/2025 09:15}). The detail gives the whole {@link #dateTime}.
     */
    public String tableDateTime(Instant t) {
        return tableDates.format(t);
    }

    /** The number as a person writes it ({@code (48) 99123-4567}) when it parses, else as stored. */
    public String number(String raw) {
        if (raw == null) {
            return "";
        }
        return phones.fromPbx(raw).map(BrazilianNumber::display).orElse(raw);
    }

    public String direction(Direction d) {
        return d == null ? "" : messages.get("call.direction." + d.name());
    }

    public String status(CallStatus s) {
        return s == null ? "" : messages.get("call.status." + s.name());
    }

    public String outcome(Outcome o) {
        return o == null ? "" : messages.get("call.outcome." + o.name());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
