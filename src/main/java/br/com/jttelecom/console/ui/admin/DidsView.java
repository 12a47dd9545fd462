package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.fx.Confirmations;
import br.com.jttelecom.console.ui.fx.Tables;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.directory.DidAdmin;
import br.com.jttelecom.console.service.directory.DidForm;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;


/** The DIDs page's FXML controller: wiring, and the delete confirmation. */
public final class DidsView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final DidsViewModel viewModel;
    private final Messages messages;
    private final java.util.function.UnaryOperator<String> display;

    @FXML private TableView<DidAdmin.Routed> table;
    @FXML private TableColumn<DidAdmin.Routed, String> numberColumn;
    @FXML private TableColumn<DidAdmin.Routed, String> routeColumn;
    @FXML private TableColumn<DidAdmin.Routed, String> recordsColumn;
    @FXML private TableColumn<DidAdmin.Routed, String> maxColumn;
    @FXML private TextField number;
    @FXML private ComboBox<String> pointsTo;
    @FXML private TextField destination;
    @FXML private TextField maxConcurrent;
    @FXML private CheckBox recordsCalls;
    @FXML private CheckBox registration;
    @FXML private TextField registrationDomain;
    @FXML private TextField registrationUser;
    @FXML private PasswordField registrationPassword;
    @FXML private CheckBox businessHours;
    @FXML private TextField opensAt;
    @FXML private TextField closesAt;
    @FXML private FlowPane weekDays;
    @FXML private TextField holidays;
    @FXML private Button deleteButton;
    @FXML private Label message;

    /** @param display a number the PBX wrote, as people read it (the form keeps the digits the PBX takes) */
    public DidsView(DidsViewModel viewModel, Messages messages, java.util.function.UnaryOperator<String> display) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.display = display;
    }

    @FXML
    private void initialize() {
        Tables.textColumn(numberColumn, r -> display.apply(r.did().number()));
        Tables.textColumn(routeColumn, DidAdmin.Routed::route);
        Tables.textColumn(recordsColumn, r -> messages.get(r.did().recordsCalls() ? "users.active.yes" : "users.active.no"));
        Tables.textColumn(maxColumn, r -> r.did().maxConcurrentCalls() == null ? "" : r.did().maxConcurrentCalls().toString());
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        pointsTo.getItems().setAll(DidForm.KINDS.stream().sorted().toList());
        pointsTo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String kind) {
                return kind == null ? "" : messages.get("admin.dids.kind." + kind);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        number.textProperty().bindBidirectional(viewModel.numberProperty());
        pointsTo.valueProperty().bindBidirectional(viewModel.pointsToProperty());
        destination.textProperty().bindBidirectional(viewModel.destinationProperty());
        maxConcurrent.textProperty().bindBidirectional(viewModel.maxConcurrentProperty());
        recordsCalls.selectedProperty().bindBidirectional(viewModel.recordsCallsProperty());
        registration.selectedProperty().bindBidirectional(viewModel.registrationProperty());
        registrationDomain.textProperty().bindBidirectional(viewModel.registrationDomainProperty());
        registrationUser.textProperty().bindBidirectional(viewModel.registrationUserProperty());
        registrationPassword.textProperty().bindBidirectional(viewModel.registrationPasswordProperty());
        for (TextField f : new TextField[] {registrationDomain, registrationUser, registrationPassword}) {
            f.disableProperty().bind(viewModel.registrationProperty().not());
        }
        businessHours.selectedProperty().bindBidirectional(viewModel.businessHoursProperty());
        opensAt.textProperty().bindBidirectional(viewModel.opensAtProperty());
        closesAt.textProperty().bindBidirectional(viewModel.closesAtProperty());
        holidays.textProperty().bindBidirectional(viewModel.holidaysProperty());
        for (TextField f : new TextField[] {opensAt, closesAt, holidays}) {
            f.disableProperty().bind(viewModel.businessHoursProperty().not());
        }
        for (int day = 1; day <= 7; day++) {
            CheckBox box = new CheckBox(messages.get("admin.dids.day." + day));
            box.setId("weekDay" + day);
            box.selectedProperty().bindBidirectional(viewModel.weekDayProperty(day));
            box.disableProperty().bind(viewModel.businessHoursProperty().not());
            weekDays.getChildren().add(box);
        }
        deleteButton.disableProperty().bind(viewModel.editingProperty().not());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.failureProperty().addListener((obs, old, text) -> br.com.jttelecom.console.ui.fx.FailureNotice.show(table, messages, text));
        viewModel.errorProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(ERROR, now));
        viewModel.load();
    }


    @FXML
    private void onNew() {
        table.getSelectionModel().clearSelection();
        viewModel.newDid();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onDelete() {
        Confirmations.confirm(table, messages, messages.get("admin.dids.confirmDelete", viewModel.numberProperty().get()),
                viewModel::delete);
    }

    @FXML
    private void onReload() {
        viewModel.load();
    }
}
