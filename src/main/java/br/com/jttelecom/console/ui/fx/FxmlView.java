package br.com.jttelecom.console.ui.fx;

/** Every FXML file of the console, in one place (paths under {@code src/main/resources}). */
public enum FxmlView {
    MAIN_WINDOW("/fxml/shell/MainWindow.fxml"),
    CONNECTION("/fxml/connection/Connection.fxml"),
    CALL_PANEL("/fxml/call/CallPanel.fxml"),
    CALLBACKS("/fxml/callbacks/Callbacks.fxml"),
    LEADS("/fxml/leads/Leads.fxml"),
    HISTORY("/fxml/history/History.fxml"),
    UNIDENTIFIED("/fxml/unidentified/Unidentified.fxml"),
    LOGIN("/fxml/login/Login.fxml"),
    AUDIT("/fxml/admin/Audit.fxml"),
    USERS("/fxml/admin/Users.fxml"),
    EXTENSIONS("/fxml/admin/Extensions.fxml"),
    DIDS("/fxml/admin/Dids.fxml"),
    SETTINGS("/fxml/admin/Settings.fxml"),
    PAUSE_REASONS("/fxml/admin/PauseReasons.fxml"),
    DISPOSITIONS("/fxml/admin/Dispositions.fxml"),
    OPERATORS("/fxml/admin/Operators.fxml"),
    STATS("/fxml/stats/Stats.fxml"),
    BOARD("/fxml/board/LiveBoard.fxml"),
    DIAGNOSTICS("/fxml/diagnostics/Diagnostics.fxml");

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
