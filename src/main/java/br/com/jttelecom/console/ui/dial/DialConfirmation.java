package br.com.jttelecom.console.ui.dial;

import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.calls.PendingDial;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks the agent before anything is dialled: "Ligar para (48) 99123-4567?". The Ligar button hands
 * the E.164 number to {@code dialHook} (click-to-call plugs in there); without a hook the number is
 * only shown, ready to copy, and the dialog says dialling from the console is not available yet.
 * One dialog at a time: a newer number replaces the one on screen.
 */
public final class DialConfirmation {

    public static final String PANE_ID = "dialConfirmation";
    public static final String NUMBER_FIELD_ID = "dialNumber";

    private final Messages messages;
    private final Optional<Consumer<String>> dialHook;
    private final Supplier<Window> owner;
    private Alert current;

    public DialConfirmation(Messages messages, Optional<Consumer<String>> dialHook, Supplier<Window> owner) {
        this.messages = messages;
        this.dialHook = dialHook;
        this.owner = owner;
    }

    /** Must run on the JavaFX thread. Returns the dialog it shows, without waiting for an answer. */
    public Alert show(PendingDial.Request request) {
        if (current != null) {
            current.close();
        }
        Alert alert = request.valid() ? forNumber(request) : forProblem(request);
        alert.setTitle(messages.get("dial.title"));
        alert.getDialogPane().setId(PANE_ID);
        Window window = owner.get();
        OwnedDialogs.prepare(alert, window != null && window.isShowing() ? window : null);
        current = alert;
        alert.show();
        return alert;
    }

    private Alert forNumber(PendingDial.Request request) {
        String display = request.display().orElseThrow();
        String e164 = request.e164().orElseThrow();
        TextField number = new TextField(display);
        number.setId(NUMBER_FIELD_ID);
        number.setEditable(false);
        Alert alert;
        if (dialHook.isPresent()) {
            ButtonType call = new ButtonType(messages.get("dial.button.call"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(messages.get("dial.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            alert = new Alert(Alert.AlertType.CONFIRMATION, "", call, cancel);
            alert.getDialogPane().setContent(new VBox(8, number));
            alert.resultProperty().addListener((obs, old, chosen) -> {
                if (chosen == call) {
                    dialHook.get().accept(e164);
                }
            });
        } else {
            ButtonType close = new ButtonType(messages.get("dial.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
            alert = new Alert(Alert.AlertType.INFORMATION, "", close);
            Label note = new Label(messages.get("dial.notAvailable"));
            note.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(8, number, note));
        }
        alert.setHeaderText(messages.get("dial.confirm.header", display));
        return alert;
    }

    private Alert forProblem(PendingDial.Request request) {
        ButtonType close = new ButtonType(messages.get("dial.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", close);
        alert.setHeaderText(messages.get("dial.invalid.header"));
        Label text = new Label(messages.get("dial.invalid.content", request.problem().orElse(""), request.raw()));
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
