package br.com.jttelecom.console.ui.shell;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.OperatorState;
import br.com.jttelecom.console.service.connection.ConnectionMonitor;
import br.com.jttelecom.console.service.connection.ConnectionState;
import br.com.jttelecom.console.service.connection.ConnectionStatus;
import br.com.jttelecom.console.service.settings.Preferences;
import br.com.jttelecom.console.service.settings.Theme;
import br.com.jttelecom.console.ui.StatusTexts;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;

/**
 * State of the main window: title, status bar texts and theme. Testable without a stage: the
 * {@link TaskRunner} decides which thread the connection updates land on.
 */
public final class MainWindowViewModel {

    private final Messages messages;
    private final StatusTexts statusTexts;
    private final Preferences preferences;
    private final ConnectionMonitor monitor;
    private final TaskRunner tasks;
    private final Consumer<ConnectionStatus> listener = this::onConnectionStatus;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ConnectionState> connectionState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper operatorText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.binding.BooleanBinding pbxDown = connectionState.isEqualTo(ConnectionState.OFFLINE);
    private final ReadOnlyObjectWrapper<NavPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public MainWindowViewModel(Messages messages, Preferences preferences, ConnectionMonitor monitor,
                               TaskRunner tasks, boolean demo, String pbxUser) {
        this.messages = messages;
        this.statusTexts = new StatusTexts(messages);
        this.preferences = preferences;
        this.monitor = monitor;
        this.tasks = tasks;
        title.set(messages.get(demo ? "app.title.demo" : "app.title"));
        userText.set(messages.get("status.user", pbxUser == null || pbxUser.isBlank() ? messages.get("status.user.none") : pbxUser));
        // Operator login arrives with the agent workspace; until then the truth is "deslogado".
        setOperatorState(OperatorState.LOGGED_OUT);
        theme.set(preferences.theme());
        applyConnectionStatus(monitor.status());
        monitor.addListener(listener);
    }

    /** A sentence for the status bar that stays until the window closes (a database restored at start). */
    public void showNotice(String sentence) {
        notice.set(sentence);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionStateProperty() {
        return connectionState.getReadOnlyProperty();
    }

    /** True while the last check failed: the banner shows and actions that need the PBX are off. */
    public javafx.beans.binding.BooleanBinding pbxDownProperty() {
        return pbxDown;
    }

    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty operatorTextProperty() {
        return operatorText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void setOperatorState(OperatorState state) {
        operatorText.set(messages.get("status.operator", messages.get("operator.state." + state.name())));
    }

    /** Shows the operator's state (with its time) from the operator controls from now on. */
    public void showOperator(javafx.beans.value.ObservableValue<String> state) {
        operatorText.bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("status.operator", state.getValue()), state));
    }

    /** The page on show; the navigation buttons and other parts of the window (a screen-pop) move it. */
    public ReadOnlyObjectProperty<NavPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public void navigate(NavPage next) {
        page.set(next);
    }

    public void useTheme(Theme next) {
        theme.set(next);
        preferences.setTheme(next);
    }

    public void toggleTheme() {
        useTheme(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** Stops listening to the monitor; called when the window closes. */
    public void dispose() {
        monitor.removeListener(listener);
    }

    private void onConnectionStatus(ConnectionStatus status) {
        tasks.onUiThread(() -> applyConnectionStatus(status));
    }

    private void applyConnectionStatus(ConnectionStatus status) {
        connectionState.set(status.state());
        connectionText.set(statusTexts.connection(status));
    }
}
