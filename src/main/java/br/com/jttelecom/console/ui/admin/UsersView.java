package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.fx.Tables;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Role;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;


/** The Usuários page's FXML controller: wiring only. */
public final class UsersView {

    private final UsersViewModel viewModel;
    private final Messages messages;

    @FXML private TableView<UsersViewModel.Row> table;
    @FXML private TableColumn<UsersViewModel.Row, String> loginColumn;
    @FXML private TableColumn<UsersViewModel.Row, String> nameColumn;
    @FXML private TableColumn<UsersViewModel.Row, String> roleColumn;
    @FXML private TableColumn<UsersViewModel.Row, String> teamColumn;
    @FXML private TableColumn<UsersViewModel.Row, String> activeColumn;
    @FXML private TextField login;
    @FXML private TextField name;
    @FXML private ComboBox<Role> role;
    @FXML private TextField team;
    @FXML private PasswordField password;
    @FXML private CheckBox active;
    @FXML private Button resetPasswordButton;
    @FXML private Label message;

    public UsersView(UsersViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Tables.textColumn(loginColumn, r -> r.user().login());
        Tables.textColumn(nameColumn, r -> r.user().displayName());
        Tables.textColumn(roleColumn, r -> roleText(r.user().role()));
        Tables.textColumn(teamColumn, UsersViewModel.Row::team);
        Tables.textColumn(activeColumn, r -> messages.get(r.user().active() ? "users.active.yes" : "users.active.no"));
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : roleText(r);
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        login.disableProperty().bind(viewModel.editingProperty());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        team.textProperty().bindBidirectional(viewModel.teamProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());
        resetPasswordButton.disableProperty().bind(viewModel.editingProperty().not());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    private String roleText(Role r) {
        return messages.get("users.role." + r.name());
    }


    @FXML
    private void onNew() {
        viewModel.newUser();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onResetPassword() {
        viewModel.resetPassword();
    }
}
