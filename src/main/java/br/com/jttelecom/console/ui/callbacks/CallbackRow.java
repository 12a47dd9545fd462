package br.com.jttelecom.console.ui.callbacks;

/** One line of the callbacks list, already in display form. */
public record CallbackRow(long id, Long leadId, String lead, String number, String displayNumber, String due,
                          boolean overdue) {
}
