package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.fx.Tables;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;


/** The Operadores page's FXML controller: wiring only. */
public final class OperatorsView {

    private final OperatorsViewModel viewModel;

    @FXML private TableView<OperatorsViewModel.Row> table;
    @FXML private TableColumn<OperatorsViewModel.Row, String> nameColumn;
    @FXML private TableColumn<OperatorsViewModel.Row, String> extensionColumn;
    @FXML private TableColumn<OperatorsViewModel.Row, String> statusColumn;
    @FXML private TableColumn<OperatorsViewModel.Row, String> userColumn;
    @FXML private ComboBox<ConsoleUser> user;
    @FXML private Label message;

    public OperatorsView(OperatorsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Tables.textColumn(nameColumn, r -> r.linked().operator().name());
        Tables.textColumn(extensionColumn, r -> r.linked().operator().extension());
        Tables.textColumn(statusColumn, r -> r.linked().operator().pbxStatus());
        Tables.textColumn(userColumn, OperatorsViewModel.Row::login);
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        user.setItems(viewModel.users());
        user.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsoleUser u) {
                return u == null ? "" : u.login() + " — " + u.displayName();
            }

            @Override
            public ConsoleUser fromString(String s) {
                return null;
            }
        });
        user.valueProperty().bindBidirectional(viewModel.userProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }


    @FXML
    private void onLink() {
        viewModel.link();
    }

    @FXML
    private void onReload() {
        viewModel.load();
    }
}
