package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.service.ConsoleUser;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

import java.util.function.Function;

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
        column(nameColumn, r -> r.linked().operator().name());
        column(extensionColumn, r -> r.linked().operator().extension());
        column(statusColumn, r -> r.linked().operator().pbxStatus());
        column(userColumn, OperatorsViewModel.Row::login);
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

    private static void column(TableColumn<OperatorsViewModel.Row, String> c, Function<OperatorsViewModel.Row, String> v) {
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(v.apply(cell.getValue())));
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
