/**
 * The JavaFX helpers every page shares: FXML loading, the main window and its placement, dialogs and confirmations
 * owned by it, the task runner and debouncer on the JavaFX thread, shortcuts, tables, date fields and notices.
 */
package br.com.jttelecom.console.ui.fx;
