package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.model.Role;
import br.com.jttelecom.console.service.calls.CallListener;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.sync.HistorySyncListener;
import br.com.jttelecom.console.service.sync.SyncStatus;
import br.com.jttelecom.console.service.history.UnidentifiedCalls;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.fx.FxmlView;
import br.com.jttelecom.console.ui.history.CallTexts;
import br.com.jttelecom.console.ui.leads.LeadCardViewModel;
import br.com.jttelecom.console.ui.leads.LeadDialogs;
import br.com.jttelecom.console.ui.leads.LeadFormViewModel;
import br.com.jttelecom.console.ui.leads.LeadImportViewModel;
import br.com.jttelecom.console.ui.leads.LeadTexts;
import br.com.jttelecom.console.ui.leads.LeadsView;
import br.com.jttelecom.console.ui.leads.LeadsViewModel;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;
import br.com.jttelecom.console.ui.shell.NavPage;
import br.com.jttelecom.console.ui.unidentified.LinkLeadViewModel;
import br.com.jttelecom.console.ui.unidentified.UnidentifiedView;
import br.com.jttelecom.console.ui.unidentified.UnidentifiedViewModel;
import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.service.leads.LeadForm;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The leads page and the "não identificadas" page, built once per main window. Every lead form saves
 * through the lead matcher, so a saved lead takes the unidentified calls of its phones with it.
 */
final class LeadsComposition {

    static final int UNIDENTIFIED_PAGE = 100;

    private final MainWindowViewModel main;
    private final LeadsViewModel leads;
    private final LeadCardViewModel card;
    private final UnidentifiedViewModel unidentified;
    private final HistorySyncListener recountAfterSync;
    /** Reads the shown lead card again when a call about its lead ends or turns final. */
    private final CallListener cardFollowsCalls;
    private final ConsoleRuntime runtime;
    private final List<Consumer<Lead>> savedListeners = new CopyOnWriteArrayList<>();

    private final FeatureParts parts;

    LeadsComposition(ConsoleRuntime runtime, AdminServices admin, TaskRunner tasks, MainWindowViewModel main) {
        this.runtime = runtime;
        this.main = main;
        var messages = runtime.messages();
        ZoneId zone = ZoneId.systemDefault();
        LeadTexts texts = new LeadTexts(messages, runtime.leads(), zone, runtime.clock());
        this.leads = new LeadsViewModel(runtime.leads(), texts, messages, tasks, runtime.dialRequests(), main.pbxDownProperty());
        this.card = new LeadCardViewModel(runtime.leads(), texts, messages, tasks, runtime.dialRequests());
        LeadDialogs dialogs = new LeadDialogs(messages,
                form -> new LeadFormViewModel(this::save, messages, tasks, form),
                () -> new LeadImportViewModel(runtime.leadImport(), messages, tasks,
                        runtime.leads()::display));
        // As in the history: an agent works on their own calls only.
        UnidentifiedCalls calls = new UnidentifiedCalls(runtime.repositories().unmatchedCalls(), runtime.leadMatcher())
                .limitedTo(() -> admin.session().user().filter(u -> u.role() == Role.AGENT).map(ConsoleUser::id));
        this.unidentified = new UnidentifiedViewModel(messages, calls,
                new CallTexts(messages, runtime.phoneNumbers(), zone, runtime.clock()), tasks, UNIDENTIFIED_PAGE);
        this.recountAfterSync = new HistorySyncListener() {
            @Override
            public void status(SyncStatus status) {
                if (status.phase() == SyncStatus.Phase.IDLE) {
                    tasks.onUiThread(() -> {
                        unidentified.recount();
                        card.refresh();
                    });
                }
            }
        };
        runtime.historySync().ifPresent(sync -> sync.addListener(recountAfterSync));
        this.cardFollowsCalls = call -> tasks.onUiThread(() -> {
            card.callChanged(call);
            leads.callChanged(call);
        });
        runtime.calls().ifPresent(c -> c.tracker().addListener(cardFollowsCalls));
        this.parts = FeatureParts.builder()
                .controller(LeadsView.class, () -> new LeadsView(leads, card, messages, dialogs))
                .controller(UnidentifiedView.class, () -> new UnidentifiedView(unidentified,
                        () -> new LinkLeadViewModel(runtime.leads(), messages, tasks), dialogs, messages))
                .page(NavPage.LEADS, FxmlView.LEADS)
                .page(NavPage.UNIDENTIFIED, FxmlView.UNIDENTIFIED)
                .build(this::dispose);
    }

    /** The leads and unidentified-calls pages; closing them takes this window's listeners off the services. */
    FeatureParts parts() {
        return parts;
    }

    /** Background thread: every lead form saves here; the lead takes its phones' unidentified calls. */
    private Lead save(LeadForm form) {
        Lead lead = runtime.leadMatcher().saveLead(form);
        savedListeners.forEach(l -> l.accept(lead));
        return lead;
    }

    /** Hears each lead saved from a form, on a background thread. */
    void onLeadSaved(Consumer<Lead> listener) {
        savedListeners.add(listener);
    }

    LeadsViewModel leads() {
        return leads;
    }

    /** Shows a lead's card on the leads page (a screen-pop's click, Ctrl+Shift+L). */
    void openLead(long leadId) {
        main.navigate(NavPage.LEADS);
        card.show(leadId);
    }

    /** Opens the new-lead form with this number (an unknown caller); on save the number's calls go with the lead. */
    void createLead(String number) {
        main.navigate(NavPage.LEADS);
        leads.requestCreate(number);
    }

    private void dispose() {
        runtime.historySync().ifPresent(sync -> sync.removeListener(recountAfterSync));
        runtime.calls().ifPresent(c -> c.tracker().removeListener(cardFollowsCalls));
    }
}
