package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.calls.ClickToCall;
import br.com.jttelecom.console.service.calls.DialResult;
import br.com.jttelecom.console.service.calls.TrackedCall;
import br.com.jttelecom.console.ui.TaskRunner;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The call panel's dial bar: the typed number, "dial" and "dial the clipboard", and the sentence of each dial's
 * answer, whether it was dialled here or elsewhere (a lead's "Ligar", a tel: link).
 */
final class DialBarViewModel {

    private final Messages messages;
    private final ClickToCall clickToCall;
    private final TaskRunner tasks;

    private final StringProperty dialText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dialMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> dialFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dialing = new ReadOnlyBooleanWrapper();
    private final LostDialWarning lostDial = new LostDialWarning();
    /** Dials started elsewhere, told to this bar until {@link #dispose}. */
    private final Consumer<DialResult> dialResults;

    DialBarViewModel(Messages messages, ClickToCall clickToCall, TaskRunner tasks) {
        this.messages = messages;
        this.clickToCall = clickToCall;
        this.tasks = tasks;
        this.dialResults = r -> tasks.onUiThread(() -> showDialResult(r));
        clickToCall.addResultListener(dialResults);
    }

    /** At sign-out: the long-lived click-to-call stops telling this bar (the next session has its own). */
    void dispose() {
        clickToCall.removeResultListener(dialResults);
    }

    /** Dials the typed number; the future is for tests, the properties tell the view. */
    CompletableFuture<DialResult> dial() {
        return dial(dialText.get());
    }

    /** Dials what the clipboard holds (the view reads the clipboard; this stays testable). */
    CompletableFuture<DialResult> dialClipboard(String clipboardText) {
        if (clipboardText == null || clipboardText.isBlank()) {
            dialMessage.set(messages.get("dial.clipboard.empty"));
            return CompletableFuture.completedFuture(null);
        }
        dialText.set(clipboardText.strip());
        return dial();
    }

    private CompletableFuture<DialResult> dial(String raw) {
        dialing.set(true);
        dialMessage.set(messages.get("dial.sending"));
        return clickToCall.dialNumber(raw).thenApply(r -> {
            tasks.onUiThread(() -> showDialResult(r));
            return r;
        });
    }

    private void showDialResult(DialResult r) {
        dialing.set(false);
        // A started dial may still carry a sentence: dialled from the settings' extension (no link).
        dialMessage.set(r.message() == null ? "" : r.message());
        if (r.started()) {
            dialText.set("");
        }
        lostDial.dialed(r);
        DialFailures.sentence(r).ifPresent(sentence -> {
            dialFailure.set(null); // the same sentence twice is still two notifications
            dialFailure.set(sentence);
        });
    }

    /** The tracker shows {@code call}: the warning of a lost answer is wrong once the PBX shows that call. */
    void callSeen(TrackedCall call) {
        if (lostDial.foundOnThePbx(call)) {
            dialMessage.set("");
        }
    }

    StringProperty dialTextProperty() { return dialText; }
    ReadOnlyStringProperty dialMessageProperty() { return dialMessage.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty dialingProperty() { return dialing.getReadOnlyProperty(); }
    /** The PBX's sentence of each dial it refused or did not confirm, for the view to show as a notification too. */
    ReadOnlyObjectProperty<String> dialFailureProperty() { return dialFailure.getReadOnlyProperty(); }
}
