package br.com.jttelecom.console.ui.fx;

import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the agent's workspace, in one place: the menu items carry them as
 * accelerators and the buttons name them in their tooltips, so the two can never disagree.
 * {@code SHORTCUT} is Ctrl on Linux and Windows, ⌘ on macOS.
 */
public final class Shortcuts {

    public static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW_LEAD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CALL_SELECTED = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination DIAL_CLIPBOARD =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination PAUSE =
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination UNPAUSE =
            new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination CALLER_CARD =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private Shortcuts() {
    }

    /** "Pausar (Ctrl+Shift+P)": a text with its shortcut, as the platform writes it. */
    public static String withKey(String text, KeyCombination key) {
        return text + " (" + key.getDisplayText() + ")";
    }

    public static Tooltip tooltip(String text, KeyCombination key) {
        return new Tooltip(withKey(text, key));
    }
}
