package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.service.leads.LeadForm;
import br.com.jttelecom.console.ui.fx.DisabledReason;
import br.com.jttelecom.console.ui.fx.Shortcuts;
import br.com.jttelecom.console.ui.fx.Tables;
import br.com.jttelecom.console.i18n.Messages;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Controller of {@code Leads.fxml}: wiring only; state and work live in the view-models. */
public final class LeadsView {

    /** Search waits this long after the last keystroke, so fast typing runs one query, not one per key. */
    static final Duration DEBOUNCE = Duration.millis(150);

    private final LeadsViewModel viewModel;
    private final LeadCardViewModel card;
    private final Messages messages;
    private final LeadDialogs dialogs;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);

    @FXML private VBox root;
    @FXML private HBox searchBox;
    @FXML private ProgressIndicator searchingIndicator;
    @FXML private Button callButton;
    @FXML private Button editButton;
    @FXML private Button newButton;
    @FXML private TableView<LeadRow> table;
    @FXML private TableColumn<LeadRow, String> nameColumn;
    @FXML private TableColumn<LeadRow, String> companyColumn;
    @FXML private TableColumn<LeadRow, LeadRow> phonesColumn;
    @FXML private TableColumn<LeadRow, String> stageColumn;
    @FXML private TableColumn<LeadRow, String> ownerColumn;
    @FXML private TableColumn<LeadRow, String> lastCallColumn;
    @FXML private TableColumn<LeadRow, String> nextCallbackColumn;
    @FXML private VBox cardPane;
    @FXML private SplitPane split;
    @FXML private Label leadsCountLabel;
    private TextField searchField;

    public LeadsView(LeadsViewModel viewModel, LeadCardViewModel card, Messages messages, LeadDialogs dialogs) {
        this.viewModel = viewModel;
        this.card = card;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        searchField = SearchField.create();
        searchField.setId("leadSearch");
        searchField.setPromptText(messages.get("leads.search.prompt"));
        searchField.setTooltip(Shortcuts.tooltip(messages.get("leads.search.tooltip"), Shortcuts.SEARCH));
        viewModel.searchFocusRequestsProperty().addListener((obs, old, now) -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        HBox.setHgrow(searchField, Priority.ALWAYS);
        searchBox.getChildren().add(0, searchField);
        searchingIndicator.visibleProperty().bind(viewModel.searchingProperty());
        debounce.setOnFinished(e -> viewModel.search(searchField.getText()));
        searchField.textProperty().addListener((obs, old, now) -> debounce.playFromStart());

        Tables.textColumn(nameColumn, LeadRow::name);
        Tables.textColumn(companyColumn, LeadRow::company);
        Tables.textColumn(stageColumn, LeadRow::stage);
        Tables.textColumn(ownerColumn, LeadRow::owner);
        Tables.textColumn(lastCallColumn, LeadRow::lastCall);
        Tables.textColumn(nextCallbackColumn, LeadRow::nextCallback);
        phonesColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        phonesColumn.setCellFactory(c -> new PhoneButtonsCell(viewModel));
        table.setItems(viewModel.rows());
        table.setId("leadsTable");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            viewModel.selectedProperty().set(now);
            if (now == null) {
                // A row read again (a call just ended) or a search's new page clears the table's selection
                // for a moment before the same lead is selected again: the card closes only if it stays clear.
                Platform.runLater(() -> {
                    if (table.getSelectionModel().getSelectedItem() == null) {
                        card.hide();
                    }
                });
            } else if (!card.shownProperty().get() || card.leadIdProperty().get() != now.id()) {
                card.show(now.id());
            }
        });
        // A lead the view-model selects (one just saved) is selected and brought into view in the table too.
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        viewModel.noticeProperty().addListener((obs, old, text) -> {
            if (text != null) {
                LeadToasts.show(root, text);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onEdit();
            }
        });
        Label noCard = new Label(messages.get("leads.card.empty"));
        noCard.getStyleClass().add("text-muted");
        noCard.setWrapText(true);
        noCard.visibleProperty().bind(card.shownProperty().not());
        noCard.managedProperty().bind(card.shownProperty().not());
        cardPane.getChildren().setAll(noCard, new LeadCardView(card, messages));
        // With the card open, the table keeps what finds a lead (name, phones, stage, last call) and leaves company,
        // owner and next callback to the card, which says them: at 1366 px the table still fits without scrolling.
        javafx.beans.binding.BooleanBinding tableOnly = card.shownProperty().not();
        companyColumn.visibleProperty().bind(tableOnly);
        ownerColumn.visibleProperty().bind(tableOnly);
        nextCallbackColumn.visibleProperty().bind(tableOnly);
        // The card takes room from the table only while a lead is open: agents work the table all day.
        card.shownProperty().addListener((obs, was, now) -> showCard(now));
        showCard(card.shownProperty().get());

        callButton.setGraphic(new FontIcon(Material2MZ.PHONE));
        callButton.setTooltip(Shortcuts.tooltip(messages.get("leads.button.call.tooltip"), Shortcuts.CALL_SELECTED));
        callButton.disableProperty().bind(viewModel.canCallSelectedProperty().not());
        DisabledReason.wrapInPlace(callButton, viewModel.dialOffReasonProperty());
        newButton.setTooltip(Shortcuts.tooltip(messages.get("leads.button.new"), Shortcuts.NEW_LEAD));
        editButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        leadsCountLabel.textProperty().bind(viewModel.statusProperty());
        // Ctrl+F, Ctrl+N and Ctrl+Enter are the "Atendimento" menu's accelerators: they work from any page.
        viewModel.createRequestProperty().addListener((obs, old, form) -> openRequested(form));
        openRequested(viewModel.createRequestProperty().get()); // asked for before this page was first shown
        viewModel.search("");
    }

    private void openRequested(LeadForm form) {
        if (form != null) {
            viewModel.createRequestProperty().set(null);
            dialogs.openForm(root.getScene().getWindow(), form, id -> saved(id, form.id() == null));
        }
    }

    private void saved(long leadId, boolean created) {
        viewModel.saved(leadId, created);
        card.show(leadId);
    }

    @FXML
    private void onNew() {
        viewModel.requestCreate("");
    }

    @FXML
    private void onEdit() {
        viewModel.editSelected(form -> dialogs.openForm(root.getScene().getWindow(), form, id -> saved(id, false)));
    }

    @FXML
    private void onImport() {
        dialogs.openImport(root.getScene().getWindow(), viewModel::imported);
    }

    @FXML
    private void onCallSelected() {
        viewModel.callSelected();
    }

    private void showCard(boolean show) {
        if (show && !split.getItems().contains(cardPane)) {
            split.getItems().add(cardPane);
            split.setDividerPositions(0.62);
        } else if (!show) {
            split.getItems().remove(cardPane);
        }
    }
}
