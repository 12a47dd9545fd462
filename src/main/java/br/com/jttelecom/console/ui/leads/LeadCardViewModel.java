package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.model.Opportunity;
import br.com.jttelecom.console.service.calls.DialRequests;
import br.com.jttelecom.console.service.leads.LeadCard;
import br.com.jttelecom.console.service.leads.LeadStats;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.CallTimesText;
import br.com.jttelecom.console.ui.Durations;
import br.com.jttelecom.console.ui.LatestQuery;
import br.com.jttelecom.console.ui.TaskRunner;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The lead card beside the table: who, their opportunities, their calls and the figures, read off the FX thread. */
public final class LeadCardViewModel {

    private final Leads leads;
    private final LeadTexts texts;
    private final Messages messages;
    private final CallTimesText times;
    private final TaskRunner tasks;

    private final ReadOnlyLongWrapper leadId = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper("");
    private final ObservableList<OpportunityLine> opportunities = FXCollections.observableArrayList();
    private final Optional<DialRequests> dial;
    private String firstPhone;
    private final ObservableList<String> calls = FXCollections.observableArrayList();
    private final LatestQuery query = new LatestQuery();

    /** @param dial click-to-call, empty when the console cannot dial (the card's call button stays disabled) */
    public LeadCardViewModel(Leads leads, LeadTexts texts, Messages messages, TaskRunner tasks,
                             Optional<DialRequests> dial) {
        this.leads = leads;
        this.texts = texts;
        this.times = new CallTimesText(messages);
        this.messages = messages;
        this.tasks = tasks;
        this.dial = dial;
    }

    /** Whether the card can dial about an opportunity (a dialler is wired in). */
    public boolean canDial() {
        return dial.isPresent();
    }

    /** Dials the lead's first phone about this opportunity, so the call counts in the opportunity's figures. */
    public void callAbout(OpportunityLine opportunity) {
        long lead = leadId.get();
        String phone = firstPhone;
        if (opportunity != null && lead >= 0 && phone != null) {
            dial.ifPresent(d -> d.requestDial(lead, phone, opportunity.id()));
        }
    }

    public void show(long id) {
        query.next();
        query.add(tasks.run(() -> leads.card(id), card -> card.ifPresentOrElse(this::apply, this::hide),
                error -> details.set(messages.get("leads.error.load"))));
    }

    /**
     * Reads the card again when a call about the lead it shows has ended or turned final (on the UI
     * thread): its call lines and figures follow without the agent clicking again.
     */
    public void callChanged(TrackedCall call) {
        if (call.leadId() != null && !call.phase().isLive() && shown.get() && leadId.get() == call.leadId()) {
            show(call.leadId());
        }
    }

    /** Reads the shown card again, if any (after a history sync). */
    public void refresh() {
        if (shown.get() && leadId.get() >= 0) {
            show(leadId.get());
        }
    }

    public void hide() {
        query.next();
        shown.set(false);
        leadId.set(-1);
    }

    private void apply(LeadCard card) {
        var lead = card.lead();
        leadId.set(lead.id());
        name.set(lead.name());
        String phones = String.join(" · ", lead.phones().stream().map(texts::phone).toList());
        // The table leaves out company, owner and next callback while the card is open: the card says them.
        String owner = card.ownerName() == null ? null : messages.get("leads.card.owner", card.ownerName());
        String callback = lead.nextCallbackAt() == null ? null
                : messages.get("leads.card.nextCallback", texts.dateTime(lead.nextCallbackAt()));
        details.set(String.join("\n", nonBlank(lead.company(), phones, lead.email(), texts.stage(lead.stage()), owner,
                callback, lead.notes())));
        stats.set(figures(card.stats()));
        firstPhone = lead.phones().isEmpty() ? null : lead.phones().get(0);
        opportunities.setAll(card.opportunities().stream()
                .map(o -> new OpportunityLine(o.id(), opportunity(o) + "\n" + figures(card.statsOf(o)))).toList());
        calls.setAll(card.calls().stream().map(this::call).toList());
        shown.set(true);
    }

    private String figures(LeadStats s) {
        return messages.get("leads.card.stats", s.calls(), s.answered(),
                s.lastContact() == null ? messages.get("leads.card.never") : texts.dateTime(s.lastContact()),
                Durations.format(s.talkTime() == null ? Duration.ZERO : s.talkTime())
                        + (s.talkUnknown() == 0 ? "" : messages.get("leads.card.talkUnknown", s.talkUnknown())));
    }

    private String opportunity(Opportunity o) {
        String amount = o.amount() == null ? "" : NumberFormat.getCurrencyInstance(Locale.forLanguageTag("pt-BR")).format(o.amount());
        return messages.get("leads.card.opportunity", o.title(), texts.stage(o.stage()), amount);
    }

    private String call(Call c) {
        return messages.get("leads.card.call", texts.dateTime(c.startTime()), messages.get("leads.card.direction." + c.direction().code()),
                messages.get("leads.card.status." + c.status().code()), times.line(CallTimes.of(c)));
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    public ReadOnlyLongProperty leadIdProperty() {
        return leadId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ObservableList<OpportunityLine> opportunities() {
        return opportunities;
    }

    public ObservableList<String> calls() {
        return calls;
    }
}
