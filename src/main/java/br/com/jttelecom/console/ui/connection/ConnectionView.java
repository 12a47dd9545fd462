package br.com.jttelecom.console.ui.connection;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Controller of {@code Connection.fxml}: binds labels to {@link ConnectionViewModel}. */
public final class ConnectionView {

    private final ConnectionViewModel viewModel;

    @FXML private Label modeValue;
    @FXML private Label baseUrlValue;
    @FXML private Label userValue;
    @FXML private Label stateValue;
    @FXML private Label latencyValue;
    @FXML private Label lastCheckValue;
    @FXML private Label problemValue;
    @FXML private Button testButton;
    @FXML private ProgressIndicator busyIndicator;

    public ConnectionView(ConnectionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        modeValue.textProperty().bind(viewModel.modeProperty());
        baseUrlValue.textProperty().bind(viewModel.baseUrlProperty());
        userValue.textProperty().bind(viewModel.userProperty());
        stateValue.textProperty().bind(viewModel.stateProperty());
        latencyValue.textProperty().bind(viewModel.latencyProperty());
        lastCheckValue.textProperty().bind(viewModel.lastCheckProperty());
        problemValue.textProperty().bind(viewModel.problemProperty());
        problemValue.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        testButton.disableProperty().bind(viewModel.busyProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void onTestConnection() {
        viewModel.testConnection();
    }
}
