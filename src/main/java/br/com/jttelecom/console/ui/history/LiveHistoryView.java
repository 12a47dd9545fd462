package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.service.history.LiveCall;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** Controller of {@code LiveHistory.fxml}: "Direto do PABX". */
public final class LiveHistoryView {

    private final LiveHistoryViewModel viewModel;

    @FXML private TableView<CallRow> liveTable;
    @FXML private TableColumn<CallRow, CallRow> dateColumn;
    @FXML private TableColumn<CallRow, CallRow> directionColumn;
    @FXML private TableColumn<CallRow, CallRow> numberColumn;
    @FXML private TableColumn<CallRow, CallRow> leadColumn;
    @FXML private TableColumn<CallRow, CallRow> agentColumn;
    @FXML private TableColumn<CallRow, CallRow> extensionColumn;
    @FXML private TableColumn<CallRow, CallRow> statusColumn;
    @FXML private TableColumn<CallRow, CallRow> durationColumn;
    @FXML private TableColumn<CallRow, CallRow> outcomeColumn;
    @FXML private TableColumn<CallRow, CallRow> recordingColumn;
    @FXML private TableView<LiveCall> inProgressTable;
    @FXML private TableColumn<LiveCall, String> liveOriginColumn;
    @FXML private TableColumn<LiveCall, String> liveDestinationColumn;
    @FXML private TableColumn<LiveCall, String> liveOperatorColumn;
    @FXML private TableColumn<LiveCall, String> liveStateColumn;
    @FXML private TableColumn<LiveCall, String> liveElapsedColumn;
    @FXML private Label liveSummary;
    @FXML private Label liveMessage;
    @FXML private Label inProgressMessage;
    @FXML private Button livePrevious;
    @FXML private Button liveNext;
    @FXML private ProgressIndicator liveLoading;

    public LiveHistoryView(LiveHistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        HistoryControls.columns(dateColumn, directionColumn, numberColumn, leadColumn, agentColumn, extensionColumn,
                statusColumn, durationColumn, outcomeColumn, recordingColumn);
        liveTable.setItems(viewModel.rows());
        text(liveOriginColumn, LiveCall::origin);
        text(liveDestinationColumn, LiveCall::destination);
        text(liveOperatorColumn, LiveCall::operator);
        text(liveStateColumn, LiveCall::state);
        text(liveElapsedColumn, LiveCall::elapsed);
        inProgressTable.setItems(viewModel.inProgress());
        liveSummary.textProperty().bind(viewModel.summaryProperty());
        liveMessage.textProperty().bind(viewModel.messageProperty());
        inProgressMessage.textProperty().bind(viewModel.inProgressMessageProperty());
        livePrevious.disableProperty().bind(viewModel.hasPreviousProperty().not().or(viewModel.loadingProperty()));
        liveNext.disableProperty().bind(viewModel.hasNextProperty().not().or(viewModel.loadingProperty()));
        liveLoading.visibleProperty().bind(viewModel.loadingProperty());
    }

    private static void text(TableColumn<LiveCall, String> column, Function<LiveCall, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void onLiveSearch() {
        viewModel.search();
    }

    @FXML
    private void onLiveNext() {
        viewModel.nextPage();
    }

    @FXML
    private void onLivePrevious() {
        viewModel.previousPage();
    }

    @FXML
    private void onRefreshInProgress() {
        viewModel.refreshCallsInProgress();
    }
}
