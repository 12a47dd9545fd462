package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.ConnectionTestResult;
import br.com.jttelecom.console.service.SettingsAdmin;
import br.com.jttelecom.console.service.SettingsForm;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Configurações page. The token field is write-only: it starts empty, and what is stored is
 * only described ("••• definido"); "Testar conexão" uses the form's values without saving them.
 */
public final class SettingsViewModel {

    private final SettingsAdmin admin;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty requestsPerSecond = new SimpleStringProperty("");
    private final StringProperty pollSeconds = new SimpleStringProperty("");
    private final StringProperty localDdd = new SimpleStringProperty("");
    private final StringProperty dialPrefix = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("pt");
    private final StringProperty theme = new SimpleStringProperty("light");
    private final ReadOnlyStringWrapper tokenState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storageWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canPin = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private ConnectionTestResult.CertificateOffer offer;

    public SettingsViewModel(SettingsAdmin admin, TaskRunner tasks, Messages messages) {
        this.admin = admin;
        this.tasks = tasks;
        this.messages = messages;
    }

    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty userProperty() { return user; }
    public StringProperty tokenProperty() { return token; }
    public StringProperty requestsPerSecondProperty() { return requestsPerSecond; }
    public StringProperty pollSecondsProperty() { return pollSeconds; }
    public StringProperty localDddProperty() { return localDdd; }
    public StringProperty dialPrefixProperty() { return dialPrefix; }
    public StringProperty languageProperty() { return language; }
    public StringProperty themeProperty() { return theme; }
    public ReadOnlyStringProperty tokenStateProperty() { return tokenState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty storageWarningProperty() { return storageWarning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyStringProperty certificateProperty() { return certificate.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canPinProperty() { return canPin.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void load() {
        tasks.run(admin::current, f -> {
            baseUrl.set(f.baseUrl());
            user.set(f.user());
            token.set("");
            requestsPerSecond.set(f.requestsPerSecond());
            pollSeconds.set(f.pollSeconds());
            localDdd.set(f.localDdd());
            dialPrefix.set(f.dialPrefix());
            language.set(f.language());
            theme.set(f.theme());
            refreshTokenState();
        }, this::fail);
    }

    public void testConnection() {
        SettingsForm form = form();
        testResult.set(messages.get("settings.test.running"));
        certificate.set("");
        canPin.set(false);
        tasks.run(() -> admin.testConnection(form), r -> {
            testResult.set(r.message());
            offer = r.certificate().orElse(null);
            canPin.set(offer != null);
            certificate.set(offer == null ? "" : messages.get("settings.certificate", offer.host(),
                    offer.sha256Fingerprint(), offer.subject(), offer.issuer()));
        }, e -> testResult.set(e.getMessage()));
    }

    /** Pins the certificate the last test showed; the view asks the admin to confirm first. */
    public void pinCertificate() {
        ConnectionTestResult.CertificateOffer pinned = offer;
        if (pinned == null) {
            return;
        }
        tasks.run(() -> {
            admin.pin(pinned.host(), pinned.pin());
            return pinned.host();
        }, host -> {
            canPin.set(false);
            error.set(false);
            message.set(messages.get("settings.pinned", host));
        }, this::fail);
    }

    public void save() {
        SettingsForm form = form();
        tasks.run(() -> {
            admin.save(form);
            return true;
        }, ok -> {
            token.set("");
            refreshTokenState();
            error.set(false);
            message.set(messages.get("settings.saved"));
        }, this::fail);
    }

    private SettingsForm form() {
        return new SettingsForm(baseUrl.get(), user.get(), token.get(), requestsPerSecond.get(), pollSeconds.get(),
                localDdd.get(), dialPrefix.get(), language.get(), theme.get());
    }

    private void refreshTokenState() {
        tokenState.set(messages.get(admin.tokenFromEnvironment() ? "settings.token.env"
                : admin.tokenStored() ? "settings.token.stored" : "settings.token.none"));
        storageWarning.set(messages.get(admin.tokenFileUnprotected() ? "settings.token.fileUnprotected"
                : "settings.token.fileWarning"));
    }

    private void fail(Throwable e) {
        error.set(true);
        message.set(e.getMessage());
    }
}
