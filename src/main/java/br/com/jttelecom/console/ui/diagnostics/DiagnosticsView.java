package br.com.jttelecom.console.ui.diagnostics;

import br.com.jttelecom.console.service.connection.Diagnostics.ActionFigures;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of {@code Diagnostics.fxml}: binds the figures of {@link DiagnosticsViewModel}. */
public final class DiagnosticsView {

    private final DiagnosticsViewModel viewModel;

    @FXML private Label pbxValue;
    @FXML private Label circuitValue;
    @FXML private Label lastSyncValue;
    @FXML private Label callsValue;
    @FXML private Label limiterWaitsValue;
    @FXML private Label retryAfterWaitsValue;
    @FXML private Label problemValue;
    @FXML private Button refreshButton;
    @FXML private TableView<ActionFigures> actionsTable;
    @FXML private TableColumn<ActionFigures, String> actionColumn;
    @FXML private TableColumn<ActionFigures, Number> callsColumn;
    @FXML private TableColumn<ActionFigures, Number> errorsColumn;
    @FXML private TableColumn<ActionFigures, String> errorKindsColumn;
    @FXML private TableColumn<ActionFigures, String> p95Column;

    public DiagnosticsView(DiagnosticsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        pbxValue.textProperty().bind(viewModel.pbxProperty());
        circuitValue.textProperty().bind(viewModel.circuitProperty());
        lastSyncValue.textProperty().bind(viewModel.lastSyncProperty());
        callsValue.textProperty().bind(viewModel.callsInProgressProperty());
        limiterWaitsValue.textProperty().bind(viewModel.limiterWaitsProperty());
        retryAfterWaitsValue.textProperty().bind(viewModel.retryAfterWaitsProperty());
        problemValue.textProperty().bind(viewModel.problemProperty());
        problemValue.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().action()));
        callsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().calls()));
        errorsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().errors()));
        errorKindsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(viewModel.errorKinds(c.getValue())));
        p95Column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DiagnosticsViewModel.millis(c.getValue().p95())));
        actionsTable.setItems(viewModel.actions());
        viewModel.refresh();
    }

    @FXML
    private void onRefresh() {
        viewModel.refresh();
    }
}
