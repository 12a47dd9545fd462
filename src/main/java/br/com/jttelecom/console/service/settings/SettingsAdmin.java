package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.i18n.Sentence;
import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.pabx.CertificateProbe;
import br.com.jttelecom.console.pabx.ConnectionReport;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.service.InvalidFields;
import br.com.jttelecom.console.service.InvalidInput;
import br.com.jttelecom.console.service.accounts.AuditTrail;
import br.com.jttelecom.console.service.accounts.Permission;
import br.com.jttelecom.console.service.accounts.Permissions;
import br.com.jttelecom.console.service.accounts.Session;
import br.com.jttelecom.console.store.secrets.Secret;
import br.com.jttelecom.console.store.secrets.SecretVault;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.secrets.TokenFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The Configurações page's service: admins only. The token goes to the {@link SecretVault} (the OS
 * keyring, or a 0600 file), never to settings.properties, the audit trail, a message or the screen.
 * After a save, the {@link LiveSettings} go to the listeners, which apply them while the console runs.
 */
public final class SettingsAdmin {

    public static final String KEY_BASE_URL = "pabx.base.url";
    public static final String KEY_USER = "pabx.auth.user";
    public static final String KEY_LANG = "ui.lang";
    public static final String PIN_PREFIX = "pabx.pin.";
    /** Used when the console starts: changing them needs a restart. */
    private static final Set<String> RESTART_KEYS = Set.of(KEY_BASE_URL, KEY_USER, KEY_LANG);
    private static final Logger LOG = LoggerFactory.getLogger(SettingsAdmin.class);

    private final SettingsFile settings;
    private final SecretVault vault;
    private final Session session;
    private final AuditTrail audit;
    private final List<Consumer<LiveSettings>> listeners = new CopyOnWriteArrayList<>();
    private final Optional<String> demoPbx;

    public SettingsAdmin(SettingsFile settings, SecretVault vault, Session session, AuditTrail audit) {
        this(settings, vault, session, audit, Optional.empty());
    }

    /**
     * @param demoPbx in demo mode, the address of the embedded demo PBX the console talks to; it is never
     *                stored (its port changes), so the address field stays empty and saving keeps it so
     */
    public SettingsAdmin(SettingsFile settings, SecretVault vault, Session session, AuditTrail audit,
                         Optional<String> demoPbx) {
        this.settings = Objects.requireNonNull(settings);
        this.vault = Objects.requireNonNull(vault);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
        this.demoPbx = Objects.requireNonNull(demoPbx);
    }

    /** The embedded demo PBX's address while the console runs in demo mode. */
    public Optional<String> demoPbx() {
        return demoPbx;
    }

    /** Called after every save with the values now in force (on the saving thread). */
    public void addListener(Consumer<LiveSettings> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<LiveSettings> listener) {
        listeners.remove(listener);
    }

    /** The values in force now, whoever asks (the composition applies them at start). */
    public LiveSettings live() {
        return LiveSettings.read(settings);
    }

    /** The stored values for the form; the token only as "is there one". */
    public SettingsForm current() {
        Permissions.require(session, Permission.CHANGE_SETTINGS);
        LiveSettings live = live();
        DialPlan plan = live.dialPlan();
        return new SettingsForm(settings.get(KEY_BASE_URL).orElse(""), settings.get(KEY_USER).orElse(""), "",
                String.valueOf(live.requestsPerSecond()), String.valueOf(live.callsPoll().toSeconds()),
                String.valueOf(live.historySync().toMinutes()), String.valueOf(live.historyTuning().trailingHours()),
                String.valueOf(live.historyTuning().reconcileDays()), String.valueOf(live.historyTuning().inFlight()),
                plan.localDdd(), plan.keepDddOnLocalCalls(),
                plan.longDistancePrefix(), plan.internationalPrefix(), settings.get(KEY_LANG).orElse("pt"),
                live.theme().key());
    }

    /** Where the PBX token is read from now: the environment, the keyring, the owner-only file, or nowhere. */
    public TokenLocation tokenLocation() {
        return TokenLocation.of(vault.location(Secret.PBX_TOKEN));
    }

    /** True while the OS keyring is usable; false means a saved token goes to the owner-only file. */
    public boolean keyringInUse() {
        return vault.keyringInUse();
    }

    /** True when the token file cannot be limited to its owner (a stronger warning is shown). */
    public boolean tokenFileUnprotected() {
        return !TokenFile.ownerOnlySupported();
    }

    public ConnectionTestResult testConnection(SettingsForm form) {
        Permissions.require(session, Permission.CHANGE_SETTINGS);
        String token = form.hasNewToken() ? form.token().trim() : vault.read(Secret.PBX_TOKEN).orElse("");
        String url = form.baseUrl() == null ? "" : form.baseUrl().trim();
        if (url.isEmpty()) {
            return new ConnectionTestResult(false, Sentence.of(demoPbx.isPresent()
                    ? "settings.test.demo" : "settings.test.noUrl"), Optional.empty());
        }
        Map<String, String> pins = pins();
        try (PabxClient client = new PabxClient(PabxSettings.of(url, blank(form.user()), token)
                .withRequestsPerSecond(SettingsValidation.rps(form)).withCertificatePins(pins))) {
            ConnectionReport report = client.testConnection();
            if (report.ok() || report.failure() != ConnectionReport.Failure.TLS) {
                return new ConnectionTestResult(report.ok(), report.message(), Optional.empty());
            }
            String host = URI.create(url).getHost();
            if (host != null && pins.containsKey(host)) {
                return new ConnectionTestResult(false, Sentence.of("settings.test.pinChanged", host), offer(url));
            }
            return new ConnectionTestResult(false, report.message(), offer(url));
        } catch (PabxException e) {
            return new ConnectionTestResult(false, e, Optional.empty());
        }
    }

    private static Optional<ConnectionTestResult.CertificateOffer> offer(String url) {
        try {
            CertificateProbe.CertificateInfo c = CertificateProbe.inspect(url, Duration.ofSeconds(5));
            return Optional.of(new ConnectionTestResult.CertificateOffer(c.host(), c.pin(), c.sha256Fingerprint(),
                    c.subject(), c.issuer()));
        } catch (PabxException e) {
            return Optional.empty();
        }
    }

    /** From now on only this certificate is accepted for the host. */
    public void pin(String host, String pin) {
        Permissions.require(session, Permission.CHANGE_SETTINGS);
        if (host == null || host.isBlank() || pin == null || !pin.startsWith("sha256/")) {
            throw new InvalidInput("settings.error.pin");
        }
        settings.put(PIN_PREFIX + host, pin);
        settings.save();
        audit.record("configuracoes.fixarCertificado", host, AuditTrail.OK, pin);
    }

    /** host → "sha256/…" */
    public Map<String, String> pins() {
        Map<String, String> pins = new java.util.HashMap<>();
        settings.keys().stream().filter(k -> k.startsWith(PIN_PREFIX))
                .forEach(k -> settings.get(k).ifPresent(v -> pins.put(k.substring(PIN_PREFIX.length()), v)));
        return pins;
    }

    /**
     * Validates everything, then writes; an empty address is kept empty (the default PBX, or the demo one).
     * The token goes to the vault; the live values are applied.
     *
     * @throws InvalidFields naming every wrong field; nothing is written then
     */
    public SettingsSaved save(SettingsForm form) {
        Permissions.require(session, Permission.CHANGE_SETTINGS);
        SettingsValidation.Valid v = SettingsValidation.check(form);
        List<String> changed = new ArrayList<>();
        put(KEY_BASE_URL, v.baseUrl(), changed);
        put(KEY_USER, blank(form.user()), changed);
        put(LiveSettings.KEY_RPS, String.valueOf(v.requestsPerSecond()), changed);
        put(LiveSettings.KEY_CALLS_POLL, String.valueOf(v.callsPollSeconds()), changed);
        put(LiveSettings.KEY_HISTORY_SYNC, String.valueOf(v.historySyncMinutes()), changed);
        put(LiveSettings.KEY_HISTORY_TRAILING, String.valueOf(v.tuning().trailingHours()), changed);
        put(LiveSettings.KEY_HISTORY_RECONCILE, String.valueOf(v.tuning().reconcileDays()), changed);
        put(LiveSettings.KEY_HISTORY_IN_FLIGHT, String.valueOf(v.tuning().inFlight()), changed);
        put(LiveSettings.KEY_DDD, v.dialPlan().localDdd(), changed);
        put(LiveSettings.KEY_KEEP_DDD, String.valueOf(v.dialPlan().keepDddOnLocalCalls()), changed);
        put(LiveSettings.KEY_LONG_DISTANCE, v.dialPlan().longDistancePrefix(), changed);
        put(LiveSettings.KEY_INTERNATIONAL, v.dialPlan().internationalPrefix(), changed);
        // pt is the language of a console that never stored one: keeping it needs no restart.
        put(KEY_LANG, "en".equals(form.language()) ? "en" : "pt", "pt", changed);
        put(LiveSettings.KEY_THEME, Theme.fromKey(form.theme()).key(), changed);
        settings.save();
        boolean restart = changed.stream().anyMatch(RESTART_KEYS::contains);
        List<String> described = new ArrayList<>(changed.stream().map(k -> k + "=" + settings.get(k).orElse("")).toList());
        if (form.hasNewToken()) {
            SecretVault.Location where = vault.write(Secret.PBX_TOKEN, form.token().trim());
            described.add("token (valor não registrado; " + (where == SecretVault.Location.KEYRING
                    ? "chaveiro do sistema" : "arquivo só do usuário") + ")");
            changed.add("token");
            restart = true;
        }
        audit.record("configuracoes.alterar", "configurações", AuditTrail.OK, String.join(", ", described));
        LiveSettings live = live();
        for (Consumer<LiveSettings> listener : listeners) {
            try {
                listener.accept(live);
            } catch (RuntimeException e) {
                // Saved all the same: the value is used at the next start at the latest.
                LOG.warn("A saved setting could not be applied at once", e);
            }
        }
        return new SettingsSaved(List.copyOf(changed), restart, tokenLocation());
    }

    private void put(String key, String value, List<String> changed) {
        put(key, value, "", changed);
    }

    /** @param absent the value in force while the key is not stored */
    private void put(String key, String value, String absent, List<String> changed) {
        if (!value.equals(settings.get(key).orElse(absent))) {
            settings.put(key, value);
            changed.add(key);
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s.trim();
    }
}
