package br.com.jttelecom.console.ui.fx;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;

/**
 * Dialogs and file choosers over the main window that leave it as it was. On GTK under a window manager, JavaFX 21
 * un-maximizes a maximized window while a modal dialog or an owned file chooser is open over it (JDK-8332222, fixed
 * in JavaFX 23): on a 1366 × 768 screen its edges then went off the screen. So a dialog here is owned (it stays
 * above the window, centred on it) but not modal; the window's own input is held back while the dialog is open
 * instead, which is all the modality gave. A dialog also gets its content's size once shown (JDK-8316423).
 */
public final class OwnedDialogs {

    private static final String HELD = OwnedDialogs.class.getName() + ".held";

    private OwnedDialogs() {
    }

    /** Call before the dialog is shown; {@code owner} may be null (then nothing is held). */
    public static void prepare(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.showingProperty().addListener((obs, was, showing) -> {
            if (owner != null && owner.getScene() != null) {
                hold(owner.getScene(), showing);
            }
        });
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> wideEnoughForItsButtons(dialog.getDialogPane()));
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
                ShownSize.fitContent(stage, owner);
                Runnable grow = () -> growToContent(stage);
                stage.getScene().addPostLayoutPulseListener(grow);
                dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, h -> stage.getScene().removePostLayoutPulseListener(grow));
                // A modal dialog took the keyboard by itself, on its first field; an owned one got the window
                // manager's focus but no field of its own (seen under openbox: typing went nowhere until a click).
                Platform.runLater(() -> {
                    stage.toFront();
                    stage.requestFocus();
                    firstField(dialog.getDialogPane()).ifPresent(Node::requestFocus);
                });
            }
        });
    }

    /**
     * An alert opened as wide as its sentence, whatever its buttons need: they were cut ("Fechar e continuar …").
     * Set before the window is shown, so it opens at the width.
     */
    private static void wideEnoughForItsButtons(DialogPane pane) {
        pane.applyCss();
        pane.layout();
        if (pane.lookup(".button-bar") instanceof Region bar) {
            double need = bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset()
                    + bar.snappedLeftInset() + bar.snappedRightInset();
            // As the window's minimum: a width asked of a GTK window around its showing may be lost, a minimum is
            // kept (the pane already asked for this width and the window opened 600 px wide).
            pane.setMinWidth(need);
            if (pane.getScene() != null && pane.getScene().getWindow() instanceof Stage stage) {
                stage.setMinWidth(need);
            }
        }
    }

    /**
     * Taller when the content grows (an error under a field appears): a dialog keeps the size it opened at, and its
     * buttons were cut off. Never narrower than the person made it; moved up rather than past the screen's bottom.
     */
    private static void growToContent(Stage stage) {
        Scene scene = stage.getScene();
        double need = scene.getRoot().prefHeight(scene.getWidth());
        if (need > scene.getHeight() + 1) {
            double width = stage.getWidth();
            double bottom = Screen.getPrimary().getVisualBounds().getMaxY();
            // sizeToScene, not setHeight: on GTK a shown window took the new height only in JavaFX's figures.
            stage.sizeToScene();
            stage.setWidth(Math.max(width, stage.getWidth()));
            if (stage.getY() + stage.getHeight() > bottom) {
                stage.setY(Math.max(Screen.getPrimary().getVisualBounds().getMinY(), bottom - stage.getHeight()));
            }
        }
    }

    /** The first control a person would type in or press: a field of the content, else a button. */
    private static Optional<Node> firstField(DialogPane pane) {
        Optional<Node> field = pane.getContent() == null ? Optional.empty() : traversable(pane.getContent());
        return field.isPresent() ? field : traversable(pane.lookup(".button-bar"));
    }

    private static Optional<Node> traversable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof Control control && control.isFocusTraversable()) {
            return Optional.of(control);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = traversable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** A save chooser over {@code owner}: owned only when that cannot change the window. */
    public static File save(FileChooser chooser, Window owner) {
        return choose(owner, chooser::showSaveDialog);
    }

    /** An open chooser over {@code owner}: owned only when that cannot change the window. */
    public static File open(FileChooser chooser, Window owner) {
        return choose(owner, chooser::showOpenDialog);
    }

    private static File choose(Window owner, Function<Window, File> show) {
        boolean maximized = owner instanceof Stage stage && stage.isMaximized();
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            hold(scene, true);
        }
        try {
            // Unowned over a maximized window (the chooser is a window of its own, on top as it opens).
            return show.apply(maximized ? null : owner);
        } finally {
            if (scene != null) {
                hold(scene, false);
            }
        }
    }

    /** Holds back (or lets through again) the mouse and keys of a window's scene; counted, for nested dialogs. */
    private static void hold(Scene scene, boolean on) {
        Held held = (Held) scene.getProperties().computeIfAbsent(HELD, k -> new Held());
        if (on) {
            if (held.count++ == 0) {
                scene.addEventFilter(InputEvent.ANY, held.filter);
            }
        } else if (held.count > 0 && --held.count == 0) {
            scene.removeEventFilter(InputEvent.ANY, held.filter);
        }
    }

    private static final class Held {
        int count;
        final EventHandler<InputEvent> filter = Event::consume;
    }
}
