package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.Confirmations;
import br.com.jttelecom.console.ui.Tables;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.ConsoleUser;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;


/** The Ramais page's FXML controller: wiring, and the delete confirmation. */
public final class ExtensionsView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final ExtensionsViewModel viewModel;
    private final Messages messages;

    @FXML private TableView<ExtensionsViewModel.Row> table;
    @FXML private TableColumn<ExtensionsViewModel.Row, String> numberColumn;
    @FXML private TableColumn<ExtensionsViewModel.Row, String> nameColumn;
    @FXML private TableColumn<ExtensionsViewModel.Row, String> sipLoginColumn;
    @FXML private TableColumn<ExtensionsViewModel.Row, String> callerIdColumn;
    @FXML private TableColumn<ExtensionsViewModel.Row, String> flagsColumn;
    @FXML private TableColumn<ExtensionsViewModel.Row, String> userColumn;
    @FXML private TextField number;
    @FXML private TextField name;
    @FXML private PasswordField sipPassword;
    @FXML private TextField callerId;
    @FXML private TextField areaCode;
    @FXML private CheckBox recordsCalls;
    @FXML private CheckBox blocked;
    @FXML private ComboBox<ConsoleUser> linkedUser;
    @FXML private ComboBox<String> forwardType;
    @FXML private TextField forwardDestination;
    @FXML private Button deleteButton;
    @FXML private Label message;
    @FXML private TextArea details;

    public ExtensionsView(ExtensionsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        // Plain text cells only: PBX values are never rendered as markup.
        Tables.textColumn(numberColumn, r -> r.extension().number());
        Tables.textColumn(nameColumn, r -> r.extension().name());
        Tables.textColumn(sipLoginColumn, r -> r.extension().sipLogin());
        Tables.textColumn(callerIdColumn, r -> r.extension().externalCallerId());
        Tables.textColumn(flagsColumn, r -> (r.extension().recordsCalls() ? messages.get("admin.extensions.flag.records") + " " : "")
                + (r.extension().blocked() ? messages.get("admin.extensions.flag.blocked") : ""));
        Tables.textColumn(userColumn, ExtensionsViewModel.Row::linkedLogin);
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        linkedUser.setItems(viewModel.users());
        linkedUser.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConsoleUser u) {
                return u == null ? "" : u.login() + " — " + u.displayName();
            }

            @Override
            public ConsoleUser fromString(String s) {
                return null;
            }
        });
        number.textProperty().bindBidirectional(viewModel.numberProperty());
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        sipPassword.textProperty().bindBidirectional(viewModel.sipPasswordProperty());
        callerId.textProperty().bindBidirectional(viewModel.callerIdProperty());
        areaCode.textProperty().bindBidirectional(viewModel.areaCodeProperty());
        recordsCalls.selectedProperty().bindBidirectional(viewModel.recordsCallsProperty());
        blocked.selectedProperty().bindBidirectional(viewModel.blockedProperty());
        linkedUser.valueProperty().bindBidirectional(viewModel.linkedUserProperty());
        forwardType.getItems().setAll("", "0", "1", "8", "9");
        forwardType.setConverter(new StringConverter<>() {
            @Override
            public String toString(String type) {
                return messages.get("admin.extensions.forward." + (type == null || type.isEmpty() ? "keep" : type));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        forwardType.valueProperty().bindBidirectional(viewModel.forwardTypeProperty());
        forwardDestination.textProperty().bindBidirectional(viewModel.forwardDestinationProperty());
        deleteButton.disableProperty().bind(viewModel.editingProperty().not());
        message.textProperty().bind(viewModel.messageProperty());
        details.textProperty().bind(viewModel.detailsProperty());
        viewModel.errorProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(ERROR, now));
        viewModel.load();
    }


    @FXML
    private void onNew() {
        table.getSelectionModel().clearSelection();
        viewModel.newExtension();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onDelete() {
        Confirmations.confirm(table, messages.get("admin.extensions.confirmDelete", viewModel.numberProperty().get()),
                viewModel::delete);
    }

    @FXML
    private void onReload() {
        viewModel.load();
    }
}
