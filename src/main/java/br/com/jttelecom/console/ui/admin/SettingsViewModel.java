package br.com.jttelecom.console.ui.admin;

import br.com.jttelecom.console.ui.ErrorSentences;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.service.settings.ConnectionTestResult;
import br.com.jttelecom.console.service.InvalidFields;
import br.com.jttelecom.console.service.settings.SettingsAdmin;
import br.com.jttelecom.console.service.settings.SettingsForm;
import br.com.jttelecom.console.service.settings.TokenLocation;
import br.com.jttelecom.console.ui.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.stream.Stream;

/**
 * The Configurações page. The token field is write-only: it starts empty, and what is stored is
 * only described ("••• definido"); "Testar conexão" uses the form's values without saving them.
 */
public final class SettingsViewModel {

    private record Loaded(SettingsForm form, TokenLocation tokenLocation) {
    }

    private final SettingsAdmin admin;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty requestsPerSecond = new SimpleStringProperty("");
    private final StringProperty callsPollSeconds = new SimpleStringProperty("");
    private final StringProperty historySyncMinutes = new SimpleStringProperty("");
    private final StringProperty historyTrailingHours = new SimpleStringProperty("");
    private final StringProperty historyReconcileDays = new SimpleStringProperty("");
    private final StringProperty historyInFlight = new SimpleStringProperty("");
    private final StringProperty localDdd = new SimpleStringProperty("");
    private final BooleanProperty keepDddOnLocalCalls = new SimpleBooleanProperty(false);
    private final StringProperty longDistancePrefix = new SimpleStringProperty("");
    private final StringProperty internationalPrefix = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("pt");
    private final StringProperty theme = new SimpleStringProperty("light");
    private final ReadOnlyStringWrapper tokenState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storageWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canPin = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper demoNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baseUrlPrompt = new ReadOnlyStringWrapper("");
    private final FieldErrors fieldErrors = new FieldErrors("baseUrl", "requestsPerSecond", "callsPollSeconds",
            "historySyncMinutes", "historyTrailingHours", "historyReconcileDays", "historyInFlight", "localDdd", "longDistancePrefix", "internationalPrefix");
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
    public StringProperty callsPollSecondsProperty() { return callsPollSeconds; }
    public StringProperty historySyncMinutesProperty() { return historySyncMinutes; }
    public StringProperty historyTrailingHoursProperty() { return historyTrailingHours; }
    public StringProperty historyReconcileDaysProperty() { return historyReconcileDays; }
    public StringProperty historyInFlightProperty() { return historyInFlight; }
    public StringProperty localDddProperty() { return localDdd; }
    public BooleanProperty keepDddOnLocalCallsProperty() { return keepDddOnLocalCalls; }
    public StringProperty longDistancePrefixProperty() { return longDistancePrefix; }
    public StringProperty internationalPrefixProperty() { return internationalPrefix; }
    public StringProperty languageProperty() { return language; }
    public StringProperty themeProperty() { return theme; }
    public ReadOnlyStringProperty tokenStateProperty() { return tokenState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty storageWarningProperty() { return storageWarning.getReadOnlyProperty(); }
    /** True when no keyring is usable: the view shows the storage warning. */
    public ReadOnlyBooleanProperty warningProperty() { return warning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyStringProperty certificateProperty() { return certificate.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canPinProperty() { return canPin.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** In demo mode, which PBX the console uses and how to use another one; "" otherwise. */
    public ReadOnlyStringProperty demoNoteProperty() { return demoNote.getReadOnlyProperty(); }
    /** What an empty address field means (the demo PBX in demo mode). */
    public ReadOnlyStringProperty baseUrlPromptProperty() { return baseUrlPrompt.getReadOnlyProperty(); }

    /**
     * The sentence for a wrong field after a refused save, "" while it is right.
     *
     * @param field a {@link br.com.jttelecom.console.service.settings.SettingsForm} component: baseUrl, requestsPerSecond,
     *              callsPollSeconds, historySyncMinutes, historyTrailingHours, historyReconcileDays,
     *              historyInFlight, localDdd, longDistancePrefix, internationalPrefix
     */
    public ReadOnlyStringProperty errorOf(String field) { return fieldErrors.of(field); }

    public void load() {
        // The token's place may take a keyring round trip: asked off the UI thread with the form.
        tasks.run(() -> new Loaded(admin.current(), admin.tokenLocation()), loaded -> {
            SettingsForm f = loaded.form();
            baseUrl.set(f.baseUrl());
            user.set(f.user());
            token.set("");
            requestsPerSecond.set(f.requestsPerSecond());
            callsPollSeconds.set(f.callsPollSeconds());
            historySyncMinutes.set(f.historySyncMinutes());
            historyTrailingHours.set(f.historyTrailingHours());
            historyReconcileDays.set(f.historyReconcileDays());
            historyInFlight.set(f.historyInFlight());
            localDdd.set(f.localDdd());
            keepDddOnLocalCalls.set(f.keepDddOnLocalCalls());
            longDistancePrefix.set(f.longDistancePrefix());
            internationalPrefix.set(f.internationalPrefix());
            language.set(f.language());
            theme.set(f.theme());
            refreshTokenState(loaded.tokenLocation());
        }, this::fail);
        demoNote.set(admin.demoPbx().map(url -> messages.get("settings.demo.note", url)).orElse(""));
        baseUrlPrompt.set(admin.demoPbx().isPresent() ? messages.get("settings.baseUrl.demoPrompt") : "");
    }

    public void testConnection() {
        SettingsForm form = form();
        testResult.set(messages.get("settings.test.running"));
        certificate.set("");
        canPin.set(false);
        tasks.run(() -> admin.testConnection(form), r -> {
            testResult.set(r.message().in(messages));
            offer = r.certificate().orElse(null);
            canPin.set(offer != null);
            certificate.set(offer == null ? "" : messages.get("settings.certificate", offer.host(),
                    offer.sha256Fingerprint(), offer.subject(), offer.issuer()));
        }, e -> testResult.set(ErrorSentences.of(e, messages)));
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
        tasks.run(() -> admin.save(form), saved -> {
            fieldErrors.clear();
            token.set("");
            refreshTokenState(saved.tokenLocation());
            error.set(false);
            message.set(messages.get(saved.needsRestart() ? "settings.saved.restart" : "settings.saved.live"));
        }, this::fail);
    }

    private SettingsForm form() {
        return new SettingsForm(baseUrl.get(), user.get(), token.get(), requestsPerSecond.get(), callsPollSeconds.get(),
                historySyncMinutes.get(), historyTrailingHours.get(), historyReconcileDays.get(), historyInFlight.get(),
                localDdd.get(), keepDddOnLocalCalls.get(), longDistancePrefix.get(),
                internationalPrefix.get(), language.get(), theme.get());
    }

    /** After load and save, on the UI thread, with where the token was found off it. */
    private void refreshTokenState(TokenLocation where) {
        tokenState.set(messages.get(switch (where) {
            case ENVIRONMENT -> "settings.token.env";
            case KEYRING -> "settings.token.keyring";
            case FILE -> "settings.token.file";
            case NONE -> "settings.token.none";
        }));
        // The warning stays visible whenever a saved token would land in a file rather than a keyring.
        storageWarning.set(admin.keyringInUse() ? "" : messages.get(admin.tokenFileUnprotected()
                ? "settings.token.fileUnprotected" : "settings.token.fileWarning"));
        warning.set(!admin.keyringInUse());
    }

    private void fail(Throwable e) {
        error.set(true);
        if (e instanceof InvalidFields invalid) {
            // Each sentence beside its field; the top of the page says that nothing was saved, and why.
            List<String> elsewhere = fieldErrors.show(invalid, messages);
            message.set(String.join(" ", Stream.concat(
                    Stream.of(messages.get("settings.error.summary", invalid.problems().size())),
                    elsewhere.stream()).toList()));
        } else {
            fieldErrors.clear();
            message.set(ErrorSentences.of(e, messages));
        }
    }
}
