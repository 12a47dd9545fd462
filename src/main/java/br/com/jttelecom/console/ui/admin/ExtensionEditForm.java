package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.InvalidFields;
import br.com.jttelecom.console.service.accounts.ConsoleUser;
import br.com.jttelecom.console.service.directory.ExtensionForm;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Ramais page's form: every field of {@code inserir_ramal} / {@code alterar_ramal}, the console user linked
 * to the extension, and the sentence beside each field after a refused save. The SIP password is write-only:
 * never filled from the PBX, and emptied once a save went through.
 */
final class ExtensionEditForm {

    /** The form's fields as the service names them, each with a sentence beside it after a refused save. */
    static final String[] FIELDS = {"number", "name", "sipPassword", "type", "externalCallerId", "areaCode",
        "extensionGroup", "costCenter", "dialPlanId", "voicemailEmail", "forwardAll", "forwardOffline", "forwardBusy"};

    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty sipPassword = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("1");
    private final StringProperty callerId = new SimpleStringProperty("");
    private final StringProperty areaCode = new SimpleStringProperty("");
    private final StringProperty extensionGroup = new SimpleStringProperty("");
    private final StringProperty costCenter = new SimpleStringProperty("");
    private final StringProperty dialPlanId = new SimpleStringProperty("");
    private final StringProperty voicemailEmail = new SimpleStringProperty("");
    private final ExtensionFlagFields flags = new ExtensionFlagFields();
    private final ForwardFields forwardAll = new ForwardFields();
    private final ForwardFields forwardOffline = new ForwardFields();
    private final ForwardFields forwardBusy = new ForwardFields();
    private final ObjectProperty<ConsoleUser> linkedUser = new SimpleObjectProperty<>();
    private final FieldErrors fieldErrors = new FieldErrors(FIELDS);

    /** Shows {@code f} (null: a new extension, with type 1 and the PBX's defaults) and who dials from it. */
    void fill(ExtensionForm f, ConsoleUser linked) {
        number.set(f == null ? "" : text(f.number()));
        name.set(f == null ? "" : text(f.name()));
        type.set(f == null || text(f.type()).isEmpty() ? "1" : f.type());
        callerId.set(f == null ? "" : text(f.externalCallerId()));
        areaCode.set(f == null ? "" : text(f.areaCode()));
        extensionGroup.set(f == null ? "" : text(f.extensionGroup()));
        costCenter.set(f == null ? "" : text(f.costCenter()));
        dialPlanId.set(f == null ? "" : text(f.dialPlanId()));
        voicemailEmail.set(f == null ? "" : text(f.voicemailEmail()));
        flags.fill(f == null ? null : f.flags());
        // A new extension keeps the PBX's default forwarding until the admin picks one.
        forwardAll.fill(f == null ? null : f.forwardAll());
        forwardOffline.fill(f == null ? null : f.forwardOffline());
        forwardBusy.fill(f == null ? null : f.forwardBusy());
        sipPassword.set("");
        linkedUser.set(linked);
    }

    /** What was typed, as the service takes it. */
    ExtensionForm toForm() {
        return new ExtensionForm(number.get(), name.get(), type.get(), sipPassword.get(), callerId.get(),
                areaCode.get(), extensionGroup.get(), costCenter.get(), dialPlanId.get(), flags.toFlags(),
                voicemailEmail.get(), forwardAll.toRule(), forwardOffline.toRule(), forwardBusy.toRule());
    }

    /** The id of the console user to link, or null for none. */
    Long linkedUserId() {
        return linkedUser.get() == null ? null : linkedUser.get().id();
    }

    /** After a save went through: the password is not kept on screen, and no field is wrong any more. */
    void saved() {
        sipPassword.set("");
        fieldErrors.clear();
    }

    /**
     * Puts each refused field's sentence beside it.
     *
     * @return the sentences of problems the form has no field for
     */
    List<String> showErrors(InvalidFields invalid, Messages messages) {
        return fieldErrors.show(invalid, messages);
    }

    void clearErrors() {
        fieldErrors.clear();
    }

    /** The sentence beside a field after a refused save ("" while right); {@code field} is one of {@link #FIELDS}. */
    ReadOnlyStringProperty errorOf(String field) {
        return fieldErrors.of(field);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    StringProperty numberProperty() { return number; }
    StringProperty nameProperty() { return name; }
    StringProperty sipPasswordProperty() { return sipPassword; }
    StringProperty typeProperty() { return type; }
    StringProperty callerIdProperty() { return callerId; }
    StringProperty areaCodeProperty() { return areaCode; }
    StringProperty extensionGroupProperty() { return extensionGroup; }
    StringProperty costCenterProperty() { return costCenter; }
    StringProperty dialPlanIdProperty() { return dialPlanId; }
    StringProperty voicemailEmailProperty() { return voicemailEmail; }
    ExtensionFlagFields flags() { return flags; }
    ForwardFields forwardAll() { return forwardAll; }
    ForwardFields forwardOffline() { return forwardOffline; }
    ForwardFields forwardBusy() { return forwardBusy; }
    ObjectProperty<ConsoleUser> linkedUserProperty() { return linkedUser; }
}
