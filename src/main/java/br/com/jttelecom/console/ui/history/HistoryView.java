package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.ui.fx.DateFields;
import br.com.jttelecom.console.ui.fx.OwnedDialogs;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.service.history.PeriodPreset;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckComboBox;

import java.io.File;

/** Controller of {@code History.fxml}: the local history tab's filters, table, paging and export. */
public final class HistoryView {

    private final HistoryViewModel viewModel;
    private final ExportViewModel exportModel;
    private final CallDetailViewModel detail;
    private final Messages messages;

    @FXML private ComboBox<PeriodPreset> periodChoice;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private CheckComboBox<CallStatus> statusFilter;
    @FXML private CheckComboBox<Direction> directionFilter;
    @FXML private ComboBox<FilterChoice> agentChoice;
    @FXML private Button clearFiltersButton;
    @FXML private TextField extensionField;
    @FXML private TextField leadField;
    @FXML private TextField minDurationField;
    @FXML private TextField maxDurationField;
    @FXML private TextField notesField;
    @FXML private TableView<CallRow> historyTable;
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
    @FXML private Label summaryLabel;
    @FXML private Label historyMessage;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button exportButton;
    @FXML private Button cancelExportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private javafx.scene.control.SplitPane historySplit;
    @FXML private javafx.scene.Node detailPane;
    @FXML private Label exportStatus;

    public HistoryView(HistoryViewModel viewModel, ExportViewModel exportModel, CallDetailViewModel detail,
                       Messages messages) {
        this.viewModel = viewModel;
        this.exportModel = exportModel;
        this.detail = detail;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        DateFields.dayMonthYear(fromPicker, toPicker);
        HistoryFilterForm form = viewModel.form();
        HistoryControls.period(periodChoice, messages);
        periodChoice.valueProperty().bindBidirectional(form.presetProperty());
        fromPicker.valueProperty().bindBidirectional(form.customFromProperty());
        toPicker.valueProperty().bindBidirectional(form.customToProperty());
        fromPicker.disableProperty().bind(periodChoice.valueProperty().isNotEqualTo(PeriodPreset.CUSTOM));
        toPicker.disableProperty().bind(fromPicker.disableProperty());
        HistoryControls.checks(statusFilter, CallStatus.values(), form.statuses(), s -> messages.get("call.status." + s.name()),
                messages.get("history.filter.status.all"));
        HistoryControls.checks(directionFilter, Direction.values(), form.directions(),
                d -> messages.get("call.direction." + d.name()), messages.get("history.filter.direction.all"));
        HistoryNameFilters.agents(agentChoice, viewModel.agents(), form.agentIdProperty(), messages);
        extensionField.textProperty().bindBidirectional(form.extensionProperty());
        HistoryNameFilters.leads(leadField, form, viewModel::suggestLeads);
        clearFiltersButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("history.filter.clear.tooltip")));
        minDurationField.textProperty().bindBidirectional(form.minDurationProperty());
        maxDurationField.textProperty().bindBidirectional(form.maxDurationProperty());
        notesField.textProperty().bindBidirectional(form.notesTextProperty());

        // With a call open, the detail beside the table says who took it, on which extension, its outcome and its
        // recording: the table keeps what finds a call (when, which way, whom, how it ended) and fits beside it.
        javafx.beans.binding.BooleanBinding listOnly = detail.shownProperty().not();
        agentColumn.visibleProperty().bind(viewModel.showsAgentProperty().and(listOnly));
        extensionColumn.visibleProperty().bind(listOnly);
        outcomeColumn.visibleProperty().bind(listOnly);
        recordingColumn.visibleProperty().bind(listOnly);
        agentChoice.visibleProperty().bind(viewModel.showsAgentProperty()); // an agent's history is theirs alone
        agentChoice.managedProperty().bind(viewModel.showsAgentProperty());
        HistoryControls.columns(dateColumn, directionColumn, numberColumn, leadColumn, agentColumn, extensionColumn,
                statusColumn, durationColumn, outcomeColumn, recordingColumn);
        historyTable.setItems(viewModel.rows());
        historyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row.id() != null) {
                detail.open(row.id());
            }
        });
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        historyMessage.textProperty().bind(viewModel.messageProperty());
        historyMessage.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        historyMessage.managedProperty().bind(historyMessage.visibleProperty());
        previousButton.disableProperty().bind(viewModel.hasPreviousProperty().not().or(viewModel.loadingProperty()));
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not().or(viewModel.loadingProperty()));
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        exportButton.disableProperty().bind(exportModel.runningProperty());
        cancelExportButton.visibleProperty().bind(exportModel.runningProperty());
        cancelExportButton.managedProperty().bind(exportModel.runningProperty());
        exportProgress.visibleProperty().bind(exportModel.runningProperty());
        exportProgress.managedProperty().bind(exportModel.runningProperty());
        // The detail takes a third of the page only while a call is open: the table gets it back after.
        detail.shownProperty().addListener((obs, was, shown) -> showDetail(shown));
        showDetail(detail.shownProperty().get());
        exportProgress.progressProperty().bind(exportModel.progressProperty());
        exportStatus.textProperty().bind(exportModel.statusProperty());
        viewModel.start();
    }

    private void showDetail(boolean shown) {
        boolean present = historySplit.getItems().contains(detailPane);
        if (shown && !present) {
            historySplit.getItems().add(detailPane);
            historySplit.setDividerPositions(0.64);
        } else if (!shown && present) {
            historySplit.getItems().remove(detailPane);
        }
    }

    @FXML
    private void onSearch() {
        viewModel.search();
    }

    @FXML
    private void onClearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void onNext() {
        viewModel.nextPage();
    }

    @FXML
    private void onPrevious() {
        viewModel.previousPage();
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.chooser.title"));
        chooser.setInitialFileName(exportModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.chooser.csv"), "*.csv"));
        File file = OwnedDialogs.save(chooser, historyTable.getScene().getWindow());
        if (file != null) {
            exportModel.exportTo(file.toPath());
        }
    }

    @FXML
    private void onCancelExport() {
        exportModel.cancel();
    }
}
