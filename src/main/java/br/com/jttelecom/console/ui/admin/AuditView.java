package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.fx.DateFields;
import br.com.jttelecom.console.ui.fx.Tables;
import br.com.jttelecom.console.service.accounts.AuditEntry;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit viewer's FXML controller: wiring only. */
public final class AuditView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private static final PseudoClass INTACT = PseudoClass.getPseudoClass("intact");

    private final AuditViewModel viewModel;
    private final ZoneId zone;

    @FXML private TextField user;
    @FXML private TextField action;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Label message;
    @FXML private Label integrity;
    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, String> atColumn;
    @FXML private TableColumn<AuditEntry, String> actorColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> targetColumn;
    @FXML private TableColumn<AuditEntry, String> resultColumn;
    @FXML private TableColumn<AuditEntry, String> detailsColumn;

    public AuditView(AuditViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        DateFields.dayMonthYear(from, to);
        user.textProperty().bindBidirectional(viewModel.userProperty());
        action.textProperty().bindBidirectional(viewModel.actionProperty());
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        message.textProperty().bind(viewModel.messageProperty());
        integrity.textProperty().bind(viewModel.integrityTextProperty());
        viewModel.integrityProperty().addListener((obs, old, now) -> {
            integrity.pseudoClassStateChanged(BROKEN, now == AuditViewModel.Integrity.BROKEN);
            integrity.pseudoClassStateChanged(INTACT, now == AuditViewModel.Integrity.INTACT);
        });
        Tables.textColumn(atColumn, e -> WHEN.format(e.at().atZone(zone)));
        Tables.textColumn(actorColumn, AuditEntry::actor);
        Tables.textColumn(actionColumn, viewModel::actionText);
        Tables.textColumn(targetColumn, AuditEntry::target);
        Tables.textColumn(resultColumn, viewModel::resultText);
        Tables.textColumn(detailsColumn, AuditEntry::details);
        table.setItems(viewModel.rows());
        viewModel.search();
    }


    @FXML
    private void onSearch() {
        viewModel.search();
    }

    @FXML
    private void onVerify() {
        viewModel.verify();
    }
}
