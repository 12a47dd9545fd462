package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.operator.PauseReasons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The Motivos de pausa page's FXML controller: wiring only. */
public final class PauseReasonsView {

    private final PauseReasonsViewModel viewModel;
    private final Messages messages;

    @FXML private TableView<PauseReasons.Reason> table;
    @FXML private TableColumn<PauseReasons.Reason, String> nameColumn;
    @FXML private TableColumn<PauseReasons.Reason, String> activeColumn;
    @FXML private TextField newName;
    @FXML private Label message;

    public PauseReasonsView(PauseReasonsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        activeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.get(c.getValue().active() ? "users.active.yes" : "users.active.no")));
        table.setItems(viewModel.rows());
        newName.textProperty().bindBidirectional(viewModel.newNameProperty());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void onAdd() {
        viewModel.add();
    }

    @FXML
    private void onToggle() {
        viewModel.toggle(table.getSelectionModel().getSelectedItem());
    }
}
