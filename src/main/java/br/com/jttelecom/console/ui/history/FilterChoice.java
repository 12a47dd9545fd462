package br.com.jttelecom.console.ui.history;

/** A person or a lead the history can be narrowed to, by the name people know them by. */
public record FilterChoice(long id, String name) {
}
