package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Outcome;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.InboundRing;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.Notifications;

/** The docked live call panel with the operator controls: wiring only, the state is in the view-models. */
public final class CallPanelView {

    private final CallPanelViewModel vm;
    private final OperatorViewModel operator;
    private final Messages messages;
    private final javafx.beans.value.ObservableBooleanValue pbxDown;
    /** Ticks the call timer and the time-in-state; runs only while the panel is in a showing window. */
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private int ticks;

    @FXML private VBox root;
    @FXML private Label operatorState;
    @FXML private Label operatorPending;
    @FXML private Label operatorError;
    @FXML private Button loginButton;
    @FXML private Button logoutButton;
    @FXML private ComboBox<String> pauseReason;
    @FXML private Button pauseButton;
    @FXML private Button unpauseButton;
    @FXML private TextField dialField;
    @FXML private Button dialButton;
    @FXML private Label dialMessage;
    @FXML private Label callerLabel;
    @FXML private Label numberLabel;
    @FXML private Label statusLabel;
    @FXML private Label timerLabel;
    @FXML private TextArea notesArea;
    @FXML private VBox outcomeBox;
    @FXML private DatePicker callbackDate;
    @FXML private TextField callbackTime;
    @FXML private Label outcomeMessage;

    /** @param pbxDown true while the PBX cannot be reached: the actions that need it are off */
    public CallPanelView(CallPanelViewModel vm, OperatorViewModel operator, Messages messages,
                         javafx.beans.value.ObservableBooleanValue pbxDown) {
        this.vm = vm;
        this.operator = operator;
        this.messages = messages;
        this.pbxDown = pbxDown;
    }

    @FXML
    private void initialize() {
        clock.setCycleCount(Animation.INDEFINITE);
        operatorState.textProperty().bind(operator.stateTextProperty());
        operatorPending.textProperty().bind(operator.pendingTextProperty());
        operatorError.textProperty().bind(operator.errorTextProperty());
        loginButton.disableProperty().bind(operator.loggedInProperty().or(operator.busyProperty()).or(pbxDown));
        logoutButton.disableProperty().bind(operator.loggedInProperty().not().or(operator.busyProperty()).or(pbxDown));
        pauseReason.setItems(operator.reasons());
        pauseReason.valueProperty().bindBidirectional(operator.selectedReasonProperty());
        pauseButton.disableProperty().bind(operator.loggedInProperty().not().or(operator.pausedProperty())
                .or(operator.busyProperty()).or(pbxDown));
        unpauseButton.disableProperty().bind(operator.pausedProperty().not().or(operator.busyProperty()).or(pbxDown));

        dialField.textProperty().bindBidirectional(vm.dialTextProperty());
        dialButton.disableProperty().bind(vm.dialingProperty().or(pbxDown));
        dialMessage.textProperty().bind(vm.dialMessageProperty());
        callerLabel.textProperty().bind(vm.callerProperty());
        numberLabel.textProperty().bind(vm.numberProperty());
        statusLabel.textProperty().bind(vm.statusTextProperty());
        timerLabel.textProperty().bind(vm.timerTextProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        notesArea.disableProperty().bind(vm.hasCallProperty().not());
        notesArea.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.notesFocusLost();
            }
        });
        outcomeBox.visibleProperty().bind(vm.outcomeVisibleProperty());
        outcomeBox.managedProperty().bind(outcomeBox.visibleProperty());
        callbackDate.valueProperty().bindBidirectional(vm.callbackDateProperty());
        callbackTime.textProperty().bindBidirectional(vm.callbackTimeProperty());
        outcomeMessage.textProperty().bind(vm.outcomeMessageProperty());

        vm.inboundRingProperty().addListener((obs, old, ring) -> {
            if (ring != null) {
                screenPop(ring);
            }
        });
        for (Label l : new Label[] {operatorPending, operatorError, dialMessage, outcomeMessage, numberLabel, callerLabel}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty()); // no blank gaps for empty messages
            l.visibleProperty().bind(l.managedProperty());
        }
        timerLabel.visibleProperty().bind(vm.hasCallProperty());
        vm.callbackDueProperty().addListener((obs, old, due) -> {
            if (due != null) {
                Notifications.create().title(messages.get("callbacks.due.title"))
                        .text(messages.get("callbacks.due.text", due.leadName() == null ? "" : due.leadName(),
                                due.phoneNumber()))
                        .owner(root).showInformation();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> attach(scene));
    }

    /** Shortcuts live on the scene so they work from any page; the clock follows the window's showing. */
    private void attach(Scene scene) {
        if (scene == null) {
            clock.stop();
            return;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), this::onProductive);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), this::onUnproductive);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), this::onScheduled);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::onDialClipboard);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> (operator.pausedProperty().get() ? unpauseButton : pauseButton).fire());
        scene.windowProperty().addListener((o, was, window) -> {
            if (window != null) {
                window.showingProperty().addListener((s, before, showing) -> {
                    if (showing) {
                        clock.play();
                    } else {
                        clock.stop();
                    }
                });
                if (window.isShowing()) {
                    clock.play();
                }
            }
        });
    }

    private void tick() {
        if (ticks++ % 60 == 0) {
            try {
                vm.checkCallbacks();
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                clock.stop(); // the console is shutting down its executor before the window hides
                return;
            }
        }
        // Only the labels change: a one-second tick of two strings costs nothing while the window shows.
        if (vm.liveProperty().get()) {
            vm.tick();
        }
        if (operator.stateProperty().get() != OperatorState.LOGGED_OUT) {
            operator.tick();
        }
    }

    private void screenPop(InboundRing ring) {
        Notifications n = Notifications.create().title(messages.get("call.inbound.title")).owner(root);
        if (ring.knownLead()) {
            n.text(messages.get("call.inbound.known", ring.leadName(), ring.displayNumber()));
        } else {
            n.text(messages.get("call.inbound.unknown", ring.displayNumber()))
                    .action(new Action(messages.get("call.inbound.createLead"), e -> vm.requestCreateLead(ring)));
        }
        n.showInformation();
    }

    @FXML private void onLogin() { operator.login(); }
    @FXML private void onLogout() { operator.logout(); }
    @FXML private void onPause() { operator.pause(); }
    @FXML private void onUnpause() { operator.unpause(); }
    @FXML private void onDial() { vm.dial(); }
    @FXML private void onDialClipboard() { vm.dialClipboard(Clipboard.getSystemClipboard().getString()); }
    @FXML private void onProductive() { vm.chooseOutcome(Outcome.PRODUCTIVE); }
    @FXML private void onUnproductive() { vm.chooseOutcome(Outcome.UNPRODUCTIVE); }
    @FXML private void onScheduled() { vm.chooseOutcome(Outcome.SCHEDULED); }
}
