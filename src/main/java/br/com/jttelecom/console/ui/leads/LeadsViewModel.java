package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.calls.DialRequests;
import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.service.leads.Leads;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.LatestQuery;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.model.LeadPage;
import br.com.jttelecom.console.model.LeadSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leads page: the table's rows, search-as-you-type (every query off the FX thread; a late
 * answer to an older query is dropped), the selected lead, and "Ligar" through {@link DialRequests}.
 */
public final class LeadsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LeadsViewModel.class);

    /** The table shows this many matches; typing more narrows the search. */
    static final int LIMIT = 200;

    private final Leads leads;
    private final LeadTexts texts;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Optional<DialRequests> dial;

    private final ObservableList<LeadRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LeadRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canDial;
    private final BooleanBinding canCallSelected;
    private final StringBinding dialOffReason;
    private final ObjectProperty<LeadForm> createRequest = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper searchFocusRequests = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<String> notice = new ReadOnlyObjectWrapper<>();
    private String lastQuery = "";
    private final LatestQuery query = new LatestQuery();
    /** A lead just saved: shown first and selected until the next search typed, even if the search misses it. */
    private Long pinned;
    /** The saved lead the next answer names in its notice ("Lead salvo: …"); null when none is owed. */
    private Saved owedNotice;

    private record Saved(long leadId, boolean created) {
    }

    /** A search's answer: its page, and the pinned lead when the page does not have it. */
    private record Answer(LeadPage page, Optional<LeadSummary> pinnedRow) {
    }

    public LeadsViewModel(Leads leads, LeadTexts texts, Messages messages, TaskRunner tasks, Optional<DialRequests> dial) {
        this(leads, texts, messages, tasks, dial, new SimpleBooleanProperty(false));
    }

    /** @param pbxDown true while the PBX cannot be reached: calling is off then, everything else works */
    public LeadsViewModel(Leads leads, LeadTexts texts, Messages messages, TaskRunner tasks, Optional<DialRequests> dial,
                          ObservableBooleanValue pbxDown) {
        this.leads = leads;
        this.texts = texts;
        this.messages = messages;
        this.tasks = tasks;
        this.dial = dial;
        this.canDial = Bindings.createBooleanBinding(() -> dial.isPresent() && !pbxDown.get(), pbxDown);
        this.canCallSelected = canDial.and(selected.isNotNull());
        this.dialOffReason = Bindings.createStringBinding(() -> dial.isEmpty() ? messages.get("leads.call.unavailable")
                : pbxDown.get() ? messages.get("leads.call.pbxDown") : "", pbxDown);
    }

    /** Runs the search for the typed text; the rows are replaced when the answer comes back. */
    public void search(String typed) {
        pinned = null; // a new search is a new question: the saved lead is no longer held on top
        run(typed);
    }

    /**
     * A lead was saved from the form: it is shown first and selected even when the search on screen does
     * not find it (a lead typed while a search is on must not seem lost), and a notice says it was saved.
     */
    public void saved(long leadId, boolean created) {
        pinned = leadId;
        owedNotice = new Saved(leadId, created);
        run(lastQuery);
    }

    /** A CSV import stored {@code count} leads: the list is read again and a notice says how many. */
    public void imported(int count) {
        say(messages.get("leads.imported", count));
        run(lastQuery);
    }

    /**
     * A call about a lead in the table ended or turned final (UI thread): that row is read again, so its
     * "Última ligação" says the call just made, and it stays selected if it was. The rest of the table
     * stays as it is: re-running the search would move the agent's scroll for one date.
     */
    public void callChanged(TrackedCall call) {
        if (call.leadId() == null || call.phase().isLive()) {
            return;
        }
        long id = call.leadId();
        if (rows.stream().noneMatch(r -> r.id() == id)) {
            return;
        }
        tasks.run(() -> leads.summary(id), found -> found.map(texts::row).ifPresent(this::replaceRow),
                error -> LOG.warn("lead {}: its row could not be read again after a call; it shows the last date read", id, error));
    }

    private void replaceRow(LeadRow fresh) {
        boolean wasSelected = selected.get() != null && selected.get().id() == fresh.id();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == fresh.id()) {
                rows.set(i, fresh);
            }
        }
        if (wasSelected) {
            selected.set(fresh);
        }
    }

    private void run(String typed) {
        lastQuery = typed == null ? "" : typed;
        query.next();
        searching.set(true);
        String query = lastQuery;
        Long pin = pinned;
        try {
            this.query.add(tasks.run(() -> answer(query, pin), answer -> {
                List<LeadRow> found = answer.page().leads().stream().map(texts::row).toList();
                show(answer.pinnedRow().map(texts::row), found, answer.page().total());
            }, error -> {
                searching.set(false);
                status.set(messages.get("leads.error.load"));
            }));
        } catch (RejectedExecutionException closing) {
            // A keystroke's delayed search can fire while the console shuts down: nothing left to show it in.
            searching.set(false);
        }
    }

    /** Background thread: the page, and the pinned lead on its own when the page misses it. */
    private Answer answer(String query, Long pin) {
        LeadPage page = leads.searchPage(query, LIMIT);
        boolean onPage = pin != null && page.leads().stream().anyMatch(l -> pin.equals(l.lead().id()));
        return new Answer(page, pin == null || onPage ? Optional.empty() : leads.summary(pin));
    }

    /** Asks to dial this phone of the lead; does nothing when the console cannot dial (no dialler, PBX down). */
    public void call(LeadRow row, String e164) {
        if (row != null && e164 != null && canDial.get()) {
            dial.ifPresent(d -> d.requestDial(row.id(), e164, null));
        }
    }

    /** "Ligar" for the selected lead's main phone (Ctrl+Enter). */
    public void callSelected() {
        LeadRow row = selected.get();
        if (row != null) {
            call(row, row.mainPhone());
        }
    }

    /**
     * Opens the new-lead form, with this phone filled in when given: the "criar lead" of an
     * unknown inbound caller or of a call that matched no lead.
     */
    public void requestCreate(String phone) {
        createRequest.set(LeadForm.forPhone(phone));
    }

    /** Reads the selected lead (off the FX thread) and hands its edit form over. */
    public void editSelected(Consumer<LeadForm> open) {
        LeadRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> leads.find(row.id()).map(l -> LeadForm.of(l, l.phones().stream().map(texts::phone).toList())),
                form -> form.ifPresent(open),
                error -> status.set(messages.get("leads.error.load")));
    }

    /** Moves the keyboard to the search field (Ctrl+F from any page); the view listens. */
    public void focusSearch() {
        searchFocusRequests.set(searchFocusRequests.get() + 1);
    }

    public ReadOnlyIntegerProperty searchFocusRequestsProperty() {
        return searchFocusRequests.getReadOnlyProperty();
    }

    public String callTooltip(String display) {
        return dial.isPresent() ? messages.get("leads.call.tooltip", display) : messages.get("leads.call.unavailable");
    }

    /** Why calling is off ("" while it is on): the disabled call buttons say it in their tooltip. */
    public StringBinding dialOffReasonProperty() {
        return dialOffReason;
    }

    /** Ctrl+Enter can call: a lead is selected and calling is on. */
    public BooleanBinding canCallSelectedProperty() {
        return canCallSelected;
    }

    private void show(Optional<LeadRow> pinnedRow, List<LeadRow> found, OptionalLong total) {
        Long keep = pinned != null ? pinned : selected.get() == null ? null : selected.get().id();
        List<LeadRow> shown = new ArrayList<>(found.size() + 1);
        pinnedRow.ifPresent(shown::add);
        shown.addAll(found);
        rows.setAll(shown);
        searching.set(false);
        // "200 leads" when there were 201 read as if the new one was lost: the page says when it is a part.
        String count = found.isEmpty() ? messages.get("leads.empty")
                : total.isPresent() && total.getAsLong() > found.size() ? messages.get("leads.countOf", found.size(), total.getAsLong())
                : total.isEmpty() && found.size() >= LIMIT ? messages.get("leads.countFirst", found.size())
                : messages.get("leads.count", found.size());
        status.set(pinnedRow.map(r -> messages.get("leads.savedOutsideSearch", count, r.name())).orElse(count));
        LeadRow chosen = shown.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null);
        selected.set(chosen);
        Saved owed = owedNotice;
        if (owed != null && chosen != null && chosen.id() == owed.leadId()) {
            owedNotice = null;
            say(messages.get(owed.created() ? "leads.saved.created" : "leads.saved.edited", chosen.name()));
        }
    }

    private void say(String text) {
        notice.set(null); // the same sentence twice is two notices
        notice.set(text);
    }

    /** The latest short notice for the page to show as a toast ("Lead salvo: …", "2 leads importados"); null between. */
    public ReadOnlyObjectProperty<String> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A form the page should open (set by {@link #requestCreate}); the view clears it once opened. */
    public ObjectProperty<LeadForm> createRequestProperty() {
        return createRequest;
    }

    public ObservableList<LeadRow> rows() {
        return rows;
    }

    public ObjectProperty<LeadRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** False when no dialler is wired in or the PBX is down: the call buttons are disabled then, never faked. */
    public BooleanBinding canDialProperty() {
        return canDial;
    }
}
