package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.DialRequests;
import br.com.jttelecom.console.service.LeadForm;
import br.com.jttelecom.console.service.Leads;
import br.com.jttelecom.console.ui.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
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

/**
 * The leads page: the table's rows, search-as-you-type (every query off the FX thread; a late
 * answer to an older query is dropped), the selected lead, and "Ligar" through {@link DialRequests}.
 */
public final class LeadsViewModel {

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
    private String lastQuery = "";
    private long generation;

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
        lastQuery = typed == null ? "" : typed;
        long mine = ++generation;
        searching.set(true);
        String query = lastQuery;
        try {
            tasks.run(() -> leads.searchPage(query, LIMIT), page -> {
                if (mine == generation) {
                    show(page.leads().stream().map(texts::row).toList(), page.total());
                }
            }, error -> {
                if (mine == generation) {
                    searching.set(false);
                    status.set(messages.get("leads.error.load"));
                }
            });
        } catch (RejectedExecutionException closing) {
            // A keystroke's delayed search can fire while the console shuts down: nothing left to show it in.
            searching.set(false);
        }
    }

    /** Runs the last search again (after a save or an import). */
    public void refresh() {
        search(lastQuery);
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

    private void show(List<LeadRow> found, OptionalLong total) {
        Long keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(found);
        searching.set(false);
        // "200 leads" when there were 201 read as if the new one was lost: the page says when it is a part.
        status.set(found.isEmpty() ? messages.get("leads.empty")
                : total.isPresent() && total.getAsLong() > found.size() ? messages.get("leads.countOf", found.size(), total.getAsLong())
                : total.isEmpty() && found.size() >= LIMIT ? messages.get("leads.countFirst", found.size())
                : messages.get("leads.count", found.size()));
        selected.set(found.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
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
