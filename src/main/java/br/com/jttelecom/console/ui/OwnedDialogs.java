package br.com.jttelecom.console.ui;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.input.InputEvent;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
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
        dialog.setOnShown(e -> {
            if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
                ShownSize.fitContent(stage, owner);
            }
        });
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
