package br.com.jttelecom.console.ui.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * One item of the main window's "Atendimento" menu: its text, its shortcut (the menu shows it and
 * listens for it from any page) and when it is off.
 */
public record MenuCommand(String id, String text, KeyCombination key, Runnable action, ObservableBooleanValue disabled) {
}
