package br.com.jttelecom.console.ui.callbacks;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.fx.DisabledReason;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** The "Retornos" page: a table of due callbacks with a dial button on each row (off, saying why, while the PBX is down). */
public final class CallbacksView {

    private final CallbacksViewModel vm;
    private final Messages messages;

    @FXML private TableView<CallbackRow> table;
    @FXML private TableColumn<CallbackRow, String> dueColumn;
    @FXML private TableColumn<CallbackRow, String> leadColumn;
    @FXML private TableColumn<CallbackRow, String> phoneColumn;
    @FXML private TableColumn<CallbackRow, CallbackRow> dialColumn;
    @FXML private Label message;

    public CallbacksView(CallbacksViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        table.setItems(vm.rows());
        dueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().due()));
        leadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().lead()));
        phoneColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayNumber()));
        dialColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        dialColumn.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button(messages.get("callbacks.dial"));
            private final StackPane wrapped = DisabledReason.wrap(button, vm.dialOffReasonProperty());

            {
                button.getStyleClass().add("callback-dial");
                button.disableProperty().bind(vm.canDialProperty().not());
            }

            @Override
            protected void updateItem(CallbackRow row, boolean empty) {
                super.updateItem(row, empty);
                button.setOnAction(e -> vm.dial(row));
                setGraphic(empty || row == null ? null : wrapped);
            }
        });
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                vm.refresh(); // each visit shows what is due now
            }
        });
    }

    @FXML
    private void onRefresh() {
        vm.refresh();
    }
}
