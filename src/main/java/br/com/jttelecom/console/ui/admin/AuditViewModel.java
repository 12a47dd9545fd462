package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.accounts.AuditEntry;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.AuditVerification;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The audit viewer: filters (user, action, period), the rows found, and the integrity check. */
public final class AuditViewModel {

    /** The outcome of the last integrity check, for styling. */
    public enum Integrity { UNKNOWN, INTACT, BROKEN }

    private final AuditTrail audit;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;

    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper integrityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Integrity> integrity = new ReadOnlyObjectWrapper<>(Integrity.UNKNOWN);

    public AuditViewModel(AuditTrail audit, TaskRunner tasks, Messages messages, ZoneId zone) {
        this.audit = audit;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty integrityTextProperty() {
        return integrityText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integrity> integrityProperty() {
        return integrity.getReadOnlyProperty();
    }

    /**
     * The row's action as a phrase a person reads ("pausou o operador"), from {@code audit.action.<code>};
     * a code this console does not know (written by a newer one) is shown as it is.
     */
    public String actionText(AuditEntry e) {
        return wordsFor("audit.action.", e.action());
    }

    /** OK, FALHOU, PENDENTE as words of the page's language. */
    public String resultText(AuditEntry e) {
        return wordsFor("audit.result.", e.result());
    }

    private String wordsFor(String prefix, String code) {
        String text = messages.get(prefix + code);
        return text.equals(prefix + code) ? code : text;
    }

    public void search() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set(messages.get("audit.filter.badPeriod"));
            return;
        }
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        String u = user.get();
        String a = action.get();
        tasks.run(() -> audit.find(u, a, start, end), this::show, e -> message.set(ErrorSentences.of(e, messages)));
    }

    public void verify() {
        integrityText.set(messages.get("audit.verify.running"));
        tasks.run(audit::verify, this::showIntegrity, e -> {
            integrity.set(Integrity.UNKNOWN);
            integrityText.set(ErrorSentences.of(e, messages));
        });
    }

    private void show(List<AuditEntry> found) {
        rows.setAll(found);
        message.set(messages.get("audit.found", found.size()));
    }

    private void showIntegrity(AuditVerification v) {
        integrity.set(v.intact() ? Integrity.INTACT : Integrity.BROKEN);
        integrityText.set(v.intact() ? messages.get("audit.verify.ok", v.checkedRows()) : v.problem().in(messages));
    }
}
