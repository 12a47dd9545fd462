package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.ui.fx.DisabledReason;
import br.com.jttelecom.console.ui.fx.Shortcuts;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The docked live call panel with the operator controls: wiring only, the state is in the view-models.
 * The keyboard shortcuts are the "Atendimento" menu's; the buttons name them in their tooltips.
 */
public final class CallPanelView {

    private final CallPanelViewModel vm;
    private final OperatorViewModel operator;
    private final Messages messages;
    private final ObservableBooleanValue pbxDown;
    private final WrapUpViewModel wrapUp;
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
    @FXML private Button clipboardButton;
    @FXML private Label dialMessage;
    @FXML private Label callerLabel;
    @FXML private Label numberLabel;
    @FXML private Button callerCardButton;
    @FXML private Label statusLabel;
    @FXML private Label timerLabel;
    @FXML private Label timesLabel;
    @FXML private TextArea notesArea;
    @FXML private VBox wrapUpSlot;
    @FXML private Label outcomeMessage;
    @FXML private Label notesProblem;

    /** @param pbxDown true while the PBX cannot be reached: the actions that need it are off */
    public CallPanelView(CallPanelViewModel vm, OperatorViewModel operator, WrapUpViewModel wrapUp, Messages messages,
                         ObservableBooleanValue pbxDown) {
        this.vm = vm;
        this.wrapUp = wrapUp;
        this.operator = operator;
        this.messages = messages;
        this.pbxDown = pbxDown;
    }

    @FXML
    private void initialize() {
        WrapUpPane wrapUpPane = new WrapUpPane(wrapUp, vm, messages);
        wrapUpSlot.getChildren().add(wrapUpPane);
        wrapUpSlot.managedProperty().bind(wrapUpPane.managedProperty()); // no gap while there is no wrap-up
        clock.setCycleCount(Animation.INDEFINITE);
        bindOperator();
        bindCall();
        CallNotifications notifications = new CallNotifications(messages, root);
        vm.inboundRingProperty().addListener((obs, old, ring) -> {
            if (ring != null) {
                notifications.screenPop(ring, () -> vm.openCard(ring));
            }
        });
        vm.callbackDueProperty().addListener((obs, old, due) -> {
            if (due != null) {
                notifications.callbackDue(vm.reminderText(due));
            }
        });
        operator.noticeProperty().addListener((obs, old, text) -> {
            if (text != null) {
                notifications.autoPause(text);
            }
        });
        operator.failureProperty().addListener((obs, old, text) -> notifications.failure(text));
        vm.dialFailureProperty().addListener((obs, old, text) -> notifications.failure(text));
        for (Label l : new Label[] {operatorPending, operatorError, dialMessage, outcomeMessage, notesProblem, numberLabel, callerLabel}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty()); // no blank gaps for empty messages
            l.visibleProperty().bind(l.managedProperty());
        }
        root.sceneProperty().addListener((obs, old, scene) -> attach(scene));
    }

    private void bindOperator() {
        operatorState.textProperty().bind(operator.stateTextProperty());
        operatorPending.textProperty().bind(operator.pendingTextProperty());
        operatorError.textProperty().bind(operator.errorTextProperty());
        loginButton.disableProperty().bind(operator.loggedInProperty().or(operator.busyProperty()).or(pbxDown)
                .or(wrapUp.holdingProperty()));
        logoutButton.disableProperty().bind(operator.loggedInProperty().not().or(operator.busyProperty()).or(pbxDown));
        pauseReason.setItems(operator.reasons());
        pauseReason.valueProperty().bindBidirectional(operator.selectedReasonProperty());
        pauseButton.disableProperty().bind(operator.loggedInProperty().not().or(operator.pausedProperty())
                .or(operator.busyProperty()).or(pbxDown));
        unpauseButton.disableProperty().bind(operator.pausedProperty().not().or(operator.busyProperty()).or(pbxDown)
                .or(wrapUp.holdingProperty()));
        pauseButton.setTooltip(Shortcuts.tooltip(messages.get("operator.pause.tooltip"), Shortcuts.PAUSE));
        unpauseButton.setTooltip(Shortcuts.tooltip(messages.get("operator.unpause.tooltip"), Shortcuts.UNPAUSE));
        for (Button b : new Button[] {logoutButton, pauseButton}) {
            DisabledReason.wrapInPlace(b, pbxDownReason());
        }
        for (Button b : new Button[] {loginButton, unpauseButton}) {
            DisabledReason.wrapInPlace(b, offReason());
        }
    }

    private void bindCall() {
        dialField.textProperty().bindBidirectional(vm.dialTextProperty());
        dialButton.disableProperty().bind(vm.dialingProperty().or(pbxDown).or(wrapUp.holdingProperty()));
        clipboardButton.disableProperty().bind(vm.dialingProperty().or(pbxDown).or(wrapUp.holdingProperty()));
        clipboardButton.setTooltip(Shortcuts.tooltip(messages.get("dial.clipboard.tooltip"), Shortcuts.DIAL_CLIPBOARD));
        DisabledReason.wrapInPlace(dialButton, offReason());
        DisabledReason.wrapInPlace(clipboardButton, offReason());
        dialMessage.textProperty().bind(vm.dialMessageProperty());
        callerLabel.textProperty().bind(vm.callerProperty());
        numberLabel.textProperty().bind(vm.numberProperty());
        callerCardButton.textProperty().bind(Bindings.when(vm.callerKnownProperty())
                .then(messages.get("call.caller.openCard")).otherwise(messages.get("call.inbound.createLead")));
        callerCardButton.setTooltip(Shortcuts.tooltip(messages.get("call.caller.tooltip"), Shortcuts.CALLER_CARD));
        callerCardButton.visibleProperty().bind(vm.hasCallProperty());
        callerCardButton.managedProperty().bind(vm.hasCallProperty());
        statusLabel.textProperty().bind(vm.statusTextProperty());
        timerLabel.textProperty().bind(vm.timerTextProperty());
        timerLabel.visibleProperty().bind(vm.hasCallProperty());
        timesLabel.textProperty().bind(vm.timesProperty());
        timesLabel.visibleProperty().bind(vm.hasCallProperty());
        timesLabel.managedProperty().bind(vm.hasCallProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        notesArea.disableProperty().bind(vm.hasCallProperty().not());
        notesArea.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.notesFocusLost();
            }
        });
        outcomeMessage.textProperty().bind(vm.outcomeMessageProperty());
        notesProblem.textProperty().bind(vm.notesProblemProperty());
    }

    private StringBinding pbxDownReason() {
        return Bindings.createStringBinding(() -> pbxDown.get() ? messages.get("call.pbxDown") : "", pbxDown);
    }

    /** The PBX outage first; else why the wrap-up holds the next dial or the return to the queue. */
    private StringBinding offReason() {
        StringBinding down = pbxDownReason();
        return Bindings.createStringBinding(() -> down.get().isEmpty() ? wrapUp.holdReasonProperty().get() : down.get(),
                down, wrapUp.holdReasonProperty());
    }

    /** The clock follows the window's showing. */
    private void attach(Scene scene) {
        if (scene == null) {
            clock.stop();
            return;
        }
        scene.windowProperty().addListener((o, was, window) -> follow(window));
        // The panel sits in a scroll pane, whose skin adds it to a scene that already has its (showing) window.
        follow(scene.getWindow());
    }

    private void follow(javafx.stage.Window window) {
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
        wrapUp.tick();
    }

    @FXML private void onLogin() { operator.login(); }
    @FXML private void onLogout() { operator.logout(); }
    @FXML private void onPause() { operator.pause(); }
    @FXML private void onUnpause() { operator.unpause(); }
    @FXML private void onDial() { vm.dial(); }
    @FXML private void onDialClipboard() { vm.dialClipboard(Clipboard.getSystemClipboard().getString()); }
    @FXML private void onCallerCard() { vm.openCaller(); }
}
