package br.com.jttelecom.console.ui.fx;

import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A shortcut an admin typed or the store holds ({@code Ctrl+4}, {@code Shortcut+1}, {@code F6}), read as a key
 * combination. Only keys that cannot be typed into a field are taken: a function key, or a key with Ctrl, Alt,
 * Meta or the platform's shortcut key — a bare letter would fire while the agent types the notes.
 */
public final class ShortcutText {

    private ShortcutText() {
    }

    /** @return the combination, or null when the text is blank, not a key, or a key that types text */
    public static KeyCombination parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        KeyCombination key;
        try {
            key = KeyCombination.valueOf(text.strip());
        } catch (IllegalArgumentException | NullPointerException notAKey) {
            return null;
        }
        if (key instanceof KeyCharacterCombination c && c.getCharacter().length() != 1) {
            return null; // "Ctrl+Banana" reads as a "character" of six letters
        }
        if (key instanceof KeyCodeCombination c && c.getCode() == KeyCode.UNDEFINED) {
            return null;
        }
        boolean modified = key.getControl() == KeyCombination.ModifierValue.DOWN
                || key.getAlt() == KeyCombination.ModifierValue.DOWN
                || key.getMeta() == KeyCombination.ModifierValue.DOWN
                || key.getShortcut() == KeyCombination.ModifierValue.DOWN;
        boolean functionKey = key instanceof KeyCodeCombination c && c.getCode().isFunctionKey();
        return modified || functionKey ? key : null;
    }
}
