package br.com.jttelecom.console.ui.leads;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.LeadStage;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** The create/edit lead dialog: errors under each field, and it stays open (with what was typed) until a save succeeds. */
final class LeadFormDialog extends Dialog<Void> {

    private final GridPane grid = new GridPane();
    private int row;

    LeadFormDialog(LeadFormViewModel vm, Messages messages, LongConsumer onSaved) {
        setTitle(messages.get(vm.isNew() ? "leads.form.title.new" : "leads.form.title.edit"));
        setHeaderText(getTitle());
        setResizable(true);
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setId("leadForm");

        TextField name = new TextField();
        name.setId("leadFormName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        field(messages.get("leads.form.name"), name, vm.nameErrorProperty(), "leadFormNameError");
        TextField company = new TextField();
        company.setId("leadFormCompany");
        company.textProperty().bindBidirectional(vm.companyProperty());
        field(messages.get("leads.form.company"), company, null, null);
        TextArea phones = new TextArea();
        phones.setId("leadFormPhones");
        phones.setPrefRowCount(2);
        phones.textProperty().bindBidirectional(vm.phonesProperty());
        field(messages.get("leads.form.phones"), phones, vm.phonesErrorProperty(), "leadFormPhonesError");
        TextField email = new TextField();
        email.setId("leadFormEmail");
        email.textProperty().bindBidirectional(vm.emailProperty());
        field(messages.get("leads.form.email"), email, vm.emailErrorProperty(), "leadFormEmailError");
        ComboBox<LeadStage> stage = new ComboBox<>();
        stage.getItems().setAll(LeadStage.values());
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(LeadStage s) {
                return s == null ? "" : messages.get("leads.stage." + s.code());
            }

            @Override
            public LeadStage fromString(String text) {
                return null;
            }
        });
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        field(messages.get("leads.form.stage"), stage, null, null);
        TextArea notes = new TextArea();
        notes.setId("leadFormNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        field(messages.get("leads.form.notes"), notes, vm.generalErrorProperty(), "leadFormError");
        getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(messages.get("leads.form.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("leads.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("leadFormSave");
        saveButton.disableProperty().bind(vm.busyProperty());
        // Save runs in the background: keep the dialog open and close it only when the lead is stored.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(lead -> {
                onSaved.accept(lead.id());
                close();
            });
        });
        setOnShown(e -> name.requestFocus());
    }

    private void field(String label, javafx.scene.control.Control input, ReadOnlyStringProperty error, String errorId) {
        grid.add(new Label(label), 0, row);
        grid.add(input, 1, row++);
        input.setPrefWidth(360);
        if (error != null) {
            Label message = new Label();
            message.setId(errorId);
            message.getStyleClass().add("field-error");
            message.setWrapText(true);
            message.setMaxWidth(360);
            message.textProperty().bind(error);
            message.managedProperty().bind(error.isNotEmpty());
            message.visibleProperty().bind(error.isNotEmpty());
            grid.add(message, 1, row++);
        }
    }
}
