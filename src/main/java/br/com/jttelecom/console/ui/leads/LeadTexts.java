package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.LeadStage;
import br.com.jttelecom.console.model.LeadSummary;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.ui.ShortDates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How lead data reads on screen: stages, dates, phones (lengths of time: {@link br.com.jttelecom.console.ui.Durations}). */
public final class LeadTexts {

    private final Messages messages;
    private final Leads leads;
    private final DateTimeFormatter dateTime;
    private final ShortDates tableDates;

    /** @param clock says which year is this one: the table leaves it out of this year's dates */
    public LeadTexts(Messages messages, Leads leads, ZoneId zone, Clock clock) {
        this.messages = messages;
        this.leads = leads;
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", messages.locale()).withZone(zone);
        // Before this year, the year tells more than the hour.
        this.tableDates = new ShortDates("dd/MM HH:mm", "dd/MM/yyyy", messages.locale(), zone, clock);
    }

    String stage(LeadStage stage) {
        return messages.get("leads.stage." + stage.code());
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /**
     * A date in a table cell, where width is short: {@code 23/11 14:05} this year, {@code 23/11/2025} before
     * (the year tells more than the hour then); the lead's card gives the whole {@link #dateTime}.
     */
    String tableDateTime(Instant instant) {
        return tableDates.format(instant);
    }

    String phone(String e164) {
        return leads.display(e164);
    }

    LeadRow row(LeadSummary summary) {
        var l = summary.lead();
        return new LeadRow(l.id(), l.name(), l.company() == null ? "" : l.company(), l.phones(),
                l.phones().stream().map(this::phone).toList(), stage(l.stage()),
                summary.ownerName() == null ? "" : summary.ownerName(), tableDateTime(l.lastCallAt()), tableDateTime(l.nextCallbackAt()));
    }
}
