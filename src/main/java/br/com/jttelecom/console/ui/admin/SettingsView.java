package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.fx.Confirmations;
import br.com.jttelecom.console.i18n.Messages;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The Configurações page's FXML controller: wiring, and the confirmation before pinning. */
public final class SettingsView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final SettingsViewModel viewModel;
    private final Messages messages;

    @FXML private TextField baseUrl;
    @FXML private TextField user;
    @FXML private PasswordField token;
    @FXML private Label tokenState;
    @FXML private Label storageWarning;
    @FXML private TextField requestsPerSecond;
    @FXML private TextField callsPollSeconds;
    @FXML private TextField historySyncMinutes;
    @FXML private TextField historyTrailingHours;
    @FXML private TextField historyReconcileDays;
    @FXML private TextField historyInFlight;
    @FXML private TextField localDdd;
    @FXML private CheckBox keepDddOnLocalCalls;
    @FXML private TextField longDistancePrefix;
    @FXML private TextField internationalPrefix;
    @FXML private ComboBox<String> language;
    @FXML private ComboBox<String> theme;
    @FXML private Label testResult;
    @FXML private Label certificate;
    @FXML private Button pinButton;
    @FXML private Label message;
    @FXML private Label demoNote;
    @FXML private Label baseUrlError;
    @FXML private Label requestsPerSecondError;
    @FXML private Label callsPollSecondsError;
    @FXML private Label historySyncMinutesError;
    @FXML private Label historyTrailingHoursError;
    @FXML private Label historyReconcileDaysError;
    @FXML private Label historyInFlightError;
    @FXML private Label localDddError;
    @FXML private Label longDistancePrefixError;
    @FXML private Label internationalPrefixError;

    public SettingsView(SettingsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        baseUrl.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        user.textProperty().bindBidirectional(viewModel.userProperty());
        token.textProperty().bindBidirectional(viewModel.tokenProperty());
        tokenState.textProperty().bind(viewModel.tokenStateProperty());
        storageWarning.textProperty().bind(viewModel.storageWarningProperty());
        storageWarning.visibleProperty().bind(viewModel.warningProperty());
        storageWarning.managedProperty().bind(storageWarning.visibleProperty());
        requestsPerSecond.textProperty().bindBidirectional(viewModel.requestsPerSecondProperty());
        callsPollSeconds.textProperty().bindBidirectional(viewModel.callsPollSecondsProperty());
        historySyncMinutes.textProperty().bindBidirectional(viewModel.historySyncMinutesProperty());
        historyTrailingHours.textProperty().bindBidirectional(viewModel.historyTrailingHoursProperty());
        historyReconcileDays.textProperty().bindBidirectional(viewModel.historyReconcileDaysProperty());
        historyInFlight.textProperty().bindBidirectional(viewModel.historyInFlightProperty());
        localDdd.textProperty().bindBidirectional(viewModel.localDddProperty());
        keepDddOnLocalCalls.selectedProperty().bindBidirectional(viewModel.keepDddOnLocalCallsProperty());
        longDistancePrefix.textProperty().bindBidirectional(viewModel.longDistancePrefixProperty());
        internationalPrefix.textProperty().bindBidirectional(viewModel.internationalPrefixProperty());
        language.getItems().setAll("pt", "en");
        language.setConverter(named("settings.language."));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        theme.getItems().setAll("light", "dark");
        theme.setConverter(named("settings.theme."));
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        testResult.textProperty().bind(viewModel.testResultProperty());
        certificate.textProperty().bind(viewModel.certificateProperty());
        pinButton.visibleProperty().bind(viewModel.canPinProperty());
        pinButton.managedProperty().bind(pinButton.visibleProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.errorProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(ERROR, now));
        demoNote.textProperty().bind(viewModel.demoNoteProperty());
        // An empty line takes no room: the page's top and bottom stay as short as what they say.
        for (Label l : new Label[] {message, demoNote, testResult, certificate}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        baseUrl.promptTextProperty().bind(viewModel.baseUrlPromptProperty());
        FieldErrorLabels.bind(baseUrlError, viewModel.errorOf("baseUrl"), baseUrl);
        FieldErrorLabels.bind(requestsPerSecondError, viewModel.errorOf("requestsPerSecond"), requestsPerSecond);
        FieldErrorLabels.bind(callsPollSecondsError, viewModel.errorOf("callsPollSeconds"), callsPollSeconds);
        FieldErrorLabels.bind(historySyncMinutesError, viewModel.errorOf("historySyncMinutes"), historySyncMinutes);
        FieldErrorLabels.bind(historyTrailingHoursError, viewModel.errorOf("historyTrailingHours"), historyTrailingHours);
        FieldErrorLabels.bind(historyReconcileDaysError, viewModel.errorOf("historyReconcileDays"), historyReconcileDays);
        FieldErrorLabels.bind(historyInFlightError, viewModel.errorOf("historyInFlight"), historyInFlight);
        FieldErrorLabels.bind(localDddError, viewModel.errorOf("localDdd"), localDdd);
        FieldErrorLabels.bind(longDistancePrefixError, viewModel.errorOf("longDistancePrefix"), longDistancePrefix);
        FieldErrorLabels.bind(internationalPrefixError, viewModel.errorOf("internationalPrefix"), internationalPrefix);
        viewModel.load();
    }

    /** Shows a stored key ("dark") by its name on screen ("Escuro"). */
    private StringConverter<String> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : messages.get(prefix + key);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        };
    }

    @FXML
    private void onTest() {
        viewModel.testConnection();
    }

    @FXML
    private void onPin() {
        Confirmations.confirm(pinButton, messages, messages.get("settings.pin.confirm"), viewModel::pinCertificate);
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }
}
