package br.com.jttelecom.console.ui.call;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Disposition;
import br.com.jttelecom.console.ui.fx.DateFields;
import br.com.jttelecom.console.ui.fx.ShortcutText;
import br.com.jttelecom.console.ui.fx.Shortcuts;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The call panel's wrap-up part, built in code: the countdown while the agent is in wrap-up, and once a call
 * ends its dispositions as buttons (each with its shortcut, which works from any page), the callback date and
 * time for an "agendada" one, and why the next dial waits when the disposition is required. Every text is
 * shown whole: buttons wrap their text rather than cut it, and the time field is as wide as its prompt.
 */
public final class WrapUpPane extends VBox {

    private final WrapUpViewModel vm;
    private final FlowPane buttons = new FlowPane(6, 6);
    /** The shortcuts this pane put on the scene, to take them off when the list changes or the pane leaves it. */
    private final Map<KeyCombination, Runnable> installed = new HashMap<>();
    private Scene scene;

    public WrapUpPane(WrapUpViewModel vm, CallPanelViewModel panel, Messages messages) {
        super(6);
        this.vm = vm;
        setId("wrapUpPane");

        // One line above the buttons: the countdown while it runs (the buttons say what they are), else the
        // title. The notes above keep the room a 768 px screen has.
        Label countdown = shownWhenSet(new Label(), "wrapUpCountdown", "call-countdown");
        countdown.textProperty().bind(vm.countdownProperty());
        Label title = new Label(messages.get("call.outcome.title"));
        title.getStyleClass().add("call-title");
        title.visibleProperty().bind(panel.outcomeVisibleProperty().and(countdown.visibleProperty().not()));
        title.managedProperty().bind(title.visibleProperty());
        buttons.setId("dispositionButtons");
        buttons.prefWrapLengthProperty().bind(widthProperty());

        DatePicker date = new DatePicker();
        date.setId("callbackDate");
        date.setPromptText(messages.get("call.outcome.callbackAt"));
        DateFields.dayMonthYear(date);
        date.valueProperty().bindBidirectional(panel.callbackDateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(date, Priority.ALWAYS);
        TextField time = new TextField();
        time.setId("callbackTime");
        time.setPromptText(messages.get("call.outcome.callbackTime"));
        // "Hora (HH:MM)" whole: the date picker gives way, never the time field (it was cut to "Hora (H").
        time.setPrefColumnCount(8);
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(panel.callbackTimeProperty());
        HBox callback = new HBox(6, date, time);
        callback.setId("callbackRow");
        callback.visibleProperty().bind(vm.schedulableProperty());
        callback.managedProperty().bind(callback.visibleProperty());

        Label hold = shownWhenSet(new Label(), "wrapUpHold", "operator-pending");
        hold.textProperty().bind(vm.holdReasonProperty());
        Label problem = shownWhenSet(new Label(), "wrapUpProblem", "problem");
        problem.textProperty().bind(vm.problemProperty());

        VBox outcome = new VBox(6, buttons, callback, hold, problem);
        outcome.setId("outcomeBox");
        outcome.getStyleClass().add("call-outcome");
        outcome.visibleProperty().bind(panel.outcomeVisibleProperty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        getChildren().addAll(countdown, title, outcome);
        visibleProperty().bind(countdown.visibleProperty().or(outcome.visibleProperty()));
        managedProperty().bind(visibleProperty());

        vm.dispositions().addListener((ListChangeListener<Disposition>) c -> rebuild());
        sceneProperty().addListener((obs, old, now) -> {
            uninstall();
            scene = now;
            install();
        });
        rebuild();
    }

    private static Label shownWhenSet(Label label, String id, String style) {
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private void rebuild() {
        uninstall();
        installed.clear();
        buttons.getChildren().clear();
        for (Disposition d : vm.dispositions()) {
            KeyCombination key = ShortcutText.parse(d.shortcut());
            Button b = new Button(key == null ? d.name() : Shortcuts.withKey(d.name(), key));
            b.setId("disposition-" + d.id());
            b.getStyleClass().add("small");
            b.setWrapText(true); // a long name goes on two lines rather than end in "…"
            b.maxWidthProperty().bind(buttons.widthProperty());
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.setOnAction(e -> vm.choose(d));
            buttons.getChildren().add(b);
            if (key != null) {
                installed.put(key, () -> vm.choose(d));
            }
        }
        install();
    }

    private void install() {
        if (scene != null) {
            scene.getAccelerators().putAll(installed);
        }
    }

    private void uninstall() {
        if (scene != null) {
            installed.forEach((key, action) -> scene.getAccelerators().remove(key, action));
        }
    }
}
