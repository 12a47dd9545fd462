package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.fx.Confirmations;
import br.com.jttelecom.console.ui.fx.Tables;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
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
    private final java.util.function.UnaryOperator<String> display;

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
    @FXML private ComboBox<String> type;
    @FXML private TextField callerId;
    @FXML private TextField areaCode;
    @FXML private ComboBox<String> extensionGroup;
    @FXML private TextField costCenter;
    @FXML private ComboBox<String> dialPlanId;
    @FXML private Label plansNote;
    @FXML private Label numberError;
    @FXML private Label nameError;
    @FXML private Label sipPasswordError;
    @FXML private Label typeError;
    @FXML private Label callerIdError;
    @FXML private Label areaCodeError;
    @FXML private Label extensionGroupError;
    @FXML private Label costCenterError;
    @FXML private Label dialPlanError;
    @FXML private Label voicemailEmailError;
    @FXML private Label forwardAllError;
    @FXML private Label forwardOfflineError;
    @FXML private Label forwardBusyError;
    @FXML private CheckBox pickUpCalls;
    @FXML private CheckBox timers;
    @FXML private CheckBox blf;
    @FXML private CheckBox listenIn;
    @FXML private CheckBox recordsCalls;
    @FXML private CheckBox blocked;
    @FXML private CheckBox twoFactor;
    @FXML private CheckBox voicemail;
    @FXML private TextField voicemailEmail;
    @FXML private ComboBox<ConsoleUser> linkedUser;
    @FXML private ComboBox<String> forwardAllType;
    @FXML private TextField forwardAllDestination;
    @FXML private ComboBox<String> forwardOfflineType;
    @FXML private TextField forwardOfflineDestination;
    @FXML private ComboBox<String> forwardBusyType;
    @FXML private TextField forwardBusyDestination;
    @FXML private Button deleteButton;
    @FXML private Label message;
    @FXML private TextArea details;

    /** @param display a number the PBX wrote, as people read it (the form keeps the digits the PBX takes) */
    public ExtensionsView(ExtensionsViewModel viewModel, Messages messages, java.util.function.UnaryOperator<String> display) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.display = display;
    }

    @FXML
    private void initialize() {
        // Plain text cells only: PBX values are never rendered as markup.
        Tables.textColumn(numberColumn, r -> r.extension().number());
        Tables.textColumn(nameColumn, r -> r.extension().name());
        Tables.textColumn(sipLoginColumn, r -> r.extension().sipLogin());
        Tables.textColumn(callerIdColumn, r -> display.apply(r.extension().externalCallerId()));
        Tables.textColumn(flagsColumn, r -> (r.extension().recordsCalls() ? messages.get("admin.extensions.flag.records") + " " : "")
                + (r.extension().blocked() ? messages.get("admin.extensions.flag.blocked") : ""));
        Tables.textColumn(userColumn, ExtensionsViewModel.Row::linkedLogin);
        table.setItems(viewModel.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        // After a save the list is read again and the same extension (or the new one) is selected anew.
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
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
        // Typed or picked from the values the account's extensions use (the PBX lists neither).
        type.getEditor().textProperty().bindBidirectional(viewModel.typeProperty());
        type.setItems(viewModel.typesInUse());
        callerId.textProperty().bindBidirectional(viewModel.callerIdProperty());
        areaCode.textProperty().bindBidirectional(viewModel.areaCodeProperty());
        extensionGroup.getEditor().textProperty().bindBidirectional(viewModel.extensionGroupProperty());
        extensionGroup.setItems(viewModel.groupsInUse());
        costCenter.textProperty().bindBidirectional(viewModel.costCenterProperty());
        dialPlanId.setItems(viewModel.dialPlanIds());
        dialPlanId.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return viewModel.dialPlanLabel(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        dialPlanId.valueProperty().bindBidirectional(viewModel.dialPlanIdProperty());
        plansNote.textProperty().bind(viewModel.plansNoteProperty());
        plansNote.visibleProperty().bind(plansNote.textProperty().isNotEmpty());
        plansNote.managedProperty().bind(plansNote.visibleProperty());
        ExtensionFlagFields flags = viewModel.flags();
        pickUpCalls.selectedProperty().bindBidirectional(flags.pickUpCallsProperty());
        timers.selectedProperty().bindBidirectional(flags.timersProperty());
        blf.selectedProperty().bindBidirectional(flags.blfProperty());
        listenIn.selectedProperty().bindBidirectional(flags.listenInProperty());
        recordsCalls.selectedProperty().bindBidirectional(flags.recordsCallsProperty());
        blocked.selectedProperty().bindBidirectional(flags.blockedProperty());
        twoFactor.selectedProperty().bindBidirectional(flags.twoFactorProperty());
        voicemail.selectedProperty().bindBidirectional(flags.voicemailProperty());
        voicemailEmail.textProperty().bindBidirectional(viewModel.voicemailEmailProperty());
        linkedUser.valueProperty().bindBidirectional(viewModel.linkedUserProperty());
        bindForward(forwardAllType, forwardAllDestination, viewModel.forwardAll());
        bindForward(forwardOfflineType, forwardOfflineDestination, viewModel.forwardOffline());
        bindForward(forwardBusyType, forwardBusyDestination, viewModel.forwardBusy());
        deleteButton.disableProperty().bind(viewModel.editingProperty().not());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.failureProperty().addListener((obs, old, text) -> br.com.jttelecom.console.ui.fx.FailureNotice.show(table, messages, text));
        details.textProperty().bind(viewModel.detailsProperty());
        viewModel.errorProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(ERROR, now));
        bindFieldErrors();
        viewModel.load();
    }


    private void bindFieldErrors() {
        FieldErrorLabels.bind(numberError, viewModel.errorOf("number"), number);
        FieldErrorLabels.bind(nameError, viewModel.errorOf("name"), name);
        FieldErrorLabels.bind(sipPasswordError, viewModel.errorOf("sipPassword"), sipPassword);
        FieldErrorLabels.bind(typeError, viewModel.errorOf("type"), type);
        FieldErrorLabels.bind(callerIdError, viewModel.errorOf("externalCallerId"), callerId);
        FieldErrorLabels.bind(areaCodeError, viewModel.errorOf("areaCode"), areaCode);
        FieldErrorLabels.bind(extensionGroupError, viewModel.errorOf("extensionGroup"), extensionGroup);
        FieldErrorLabels.bind(costCenterError, viewModel.errorOf("costCenter"), costCenter);
        FieldErrorLabels.bind(dialPlanError, viewModel.errorOf("dialPlanId"), dialPlanId);
        FieldErrorLabels.bind(voicemailEmailError, viewModel.errorOf("voicemailEmail"), voicemailEmail);
        FieldErrorLabels.bind(forwardAllError, viewModel.errorOf("forwardAll"), forwardAllDestination);
        FieldErrorLabels.bind(forwardOfflineError, viewModel.errorOf("forwardOffline"), forwardOfflineDestination);
        FieldErrorLabels.bind(forwardBusyError, viewModel.errorOf("forwardBusy"), forwardBusyDestination);
    }

    private void bindForward(ComboBox<String> kind, TextField destination, ForwardFields fields) {
        kind.getItems().setAll(ForwardFields.TYPES);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String t) {
                return messages.get("admin.extensions.forward." + (t == null || t.isEmpty() ? "keep" : t));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(fields.typeProperty());
        destination.textProperty().bindBidirectional(fields.destinationProperty());
        // Only an extension or an external number needs a destination.
        destination.disableProperty().bind(fields.typeProperty().isNotEqualTo("1").and(fields.typeProperty().isNotEqualTo("8")));
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
        Confirmations.confirm(table, messages, messages.get("admin.extensions.confirmDelete", viewModel.numberProperty().get()),
                viewModel::delete);
    }

    @FXML
    private void onReload() {
        viewModel.load();
    }
}
