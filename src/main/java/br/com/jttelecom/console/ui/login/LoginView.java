package br.com.jttelecom.console.ui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The sign-in screen's FXML controller: wiring only. */
public final class LoginView {

    private final LoginViewModel viewModel;

    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private Label message;
    @FXML private Label hint;
    @FXML private Button signIn;

    public LoginView(LoginViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        username.textProperty().bindBidirectional(viewModel.usernameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        message.textProperty().bind(viewModel.messageProperty());
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        signIn.disableProperty().bind(viewModel.busyProperty().or(viewModel.unavailableProperty()));
        Platform.runLater(username::requestFocus);
    }

    @FXML
    private void onSignIn() {
        viewModel.signIn();
    }
}
