package br.com.jttelecom.console.service;

import br.com.jttelecom.console.pabx.CertificateProbe;
import br.com.jttelecom.console.pabx.ConnectionReport;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.store.TokenFile;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Configurações page's service: admins only. The token goes to the {@link TokenFile} (0600),
 * never to settings.properties, the audit trail, a message or the screen.
 */
public final class SettingsAdmin {

    public static final String KEY_BASE_URL = "pabx.base.url";
    public static final String KEY_USER = "pabx.auth.user";
    public static final String KEY_RPS = "pabx.rate.rps";
    public static final String KEY_POLL = "pabx.poll.seconds";
    public static final String KEY_DDD = "phone.local.ddd";
    public static final String KEY_PREFIX = "phone.dial.prefix";
    public static final String KEY_LANG = "ui.lang";
    public static final String KEY_THEME = "ui.theme";
    public static final String PIN_PREFIX = "pabx.pin.";
    static final int DEFAULT_RPS = 5;

    private final SettingsFile settings;
    private final TokenFile tokenFile;
    private final Supplier<Optional<String>> envToken;
    private final Session session;
    private final AuditTrail audit;

    public SettingsAdmin(SettingsFile settings, TokenFile tokenFile, Supplier<Optional<String>> envToken,
                         Session session, AuditTrail audit) {
        this.settings = Objects.requireNonNull(settings);
        this.tokenFile = Objects.requireNonNull(tokenFile);
        this.envToken = Objects.requireNonNull(envToken);
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
    }

    /** The stored values for the form; the token only as "is there one". */
    public SettingsForm current() {
        Permissions.require(session, Permission.CHANGE_SETTINGS);
        return new SettingsForm(settings.get(KEY_BASE_URL).orElse(""), settings.get(KEY_USER).orElse(""), "",
                settings.get(KEY_RPS).orElse(String.valueOf(DEFAULT_RPS)), settings.get(KEY_POLL).orElse("30"),
                settings.get(KEY_DDD).orElse("11"), settings.get(KEY_PREFIX).orElse(""),
                settings.get(KEY_LANG).orElse("pt"), settings.get(KEY_THEME).orElse("light"));
    }

    public boolean tokenStored() {
        return envToken.get().isPresent() || tokenFile.read().isPresent();
    }

    public boolean tokenFromEnvironment() {
        return envToken.get().isPresent();
    }

    /** True when the token file cannot be limited to its owner (a warning line is shown). */
    public boolean tokenFileUnprotected() {
        return !TokenFile.ownerOnlySupported();
    }

    public ConnectionTestResult testConnection(SettingsForm form) {
        Permissions.require(session, Permission.CHANGE_SETTINGS);
        String token = form.hasNewToken() ? form.token().trim() : envToken.get().or(tokenFile::read).orElse("");
        String url = form.baseUrl() == null ? "" : form.baseUrl().trim();
        if (url.isEmpty()) {
            return new ConnectionTestResult(false, "Informe a URL da API do PABX.", Optional.empty());
        }
        Map<String, String> pins = pins();
        try (PabxClient client = new PabxClient(PabxSettings.of(url, blank(form.user()), token)
                .withRequestsPerSecond(rps(form)).withCertificatePins(pins))) {
            ConnectionReport report = client.testConnection();
            if (report.ok() || report.failure() != ConnectionReport.Failure.TLS) {
                return new ConnectionTestResult(report.ok(), report.message(), Optional.empty());
            }
            String host = URI.create(url).getHost();
            if (host != null && pins.containsKey(host)) {
                return new ConnectionTestResult(false, "O certificado de " + host + " mudou desde que foi fixado. "
                        + "Confirme com o provedor antes de fixar o novo: pode ser uma interceptação.", offer(url));
            }
            return new ConnectionTestResult(false, report.message(), offer(url));
        } catch (PabxException e) {
            return new ConnectionTestResult(false, e.getMessage(), Optional.empty());
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
            throw new InvalidInput("Certificado inválido para fixar.");
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

    /** Validates everything, then writes; the token goes to its own file. */
    public void save(SettingsForm form) {
        Permissions.require(session, Permission.CHANGE_SETTINGS);
        String url = form.baseUrl() == null ? "" : form.baseUrl().trim();
        // The client's own URL rules (https, or http on loopback only) apply when it is built.
        try (PabxClient probe = new PabxClient(PabxSettings.of(url, "u", "t"))) {
            Objects.requireNonNull(probe);
        } catch (PabxException e) {
            throw new InvalidInput(e.getMessage());
        }
        int rps = rps(form);
        int poll = intIn(form.pollSeconds(), 5, 3600, "O intervalo de consulta deve ser de 5 a 3600 segundos.");
        String ddd = form.localDdd() == null ? "" : form.localDdd().trim();
        if (!ddd.matches("[1-9][1-9]")) {
            throw new InvalidInput("O DDD local deve ter 2 dígitos (ex.: 11).");
        }
        String prefix = form.dialPrefix() == null ? "" : form.dialPrefix().trim();
        if (!prefix.matches("\\d{0,4}")) {
            throw new InvalidInput("O prefixo de discagem deve ter até 4 dígitos.");
        }
        List<String> changed = new ArrayList<>();
        put(KEY_BASE_URL, url, changed);
        put(KEY_USER, blank(form.user()), changed);
        put(KEY_RPS, String.valueOf(rps), changed);
        put(KEY_POLL, String.valueOf(poll), changed);
        put(KEY_DDD, ddd, changed);
        put(KEY_PREFIX, prefix, changed);
        put(KEY_LANG, "en".equals(form.language()) ? "en" : "pt", changed);
        put(KEY_THEME, "dark".equals(form.theme()) ? "dark" : "light", changed);
        settings.save();
        if (form.hasNewToken()) {
            tokenFile.write(form.token().trim());
            changed.add("token (valor não registrado)");
        }
        audit.record("configuracoes.alterar", "configurações", AuditTrail.OK, String.join(", ", changed));
    }

    private void put(String key, String value, List<String> changed) {
        if (!value.equals(settings.get(key).orElse(""))) {
            settings.put(key, value);
            changed.add(key);
        }
    }

    private static int rps(SettingsForm form) {
        return intIn(form.requestsPerSecond(), 1, 50, "O limite de requisições deve ser de 1 a 50 por segundo.");
    }

    private static int intIn(String text, int min, int max, String message) {
        try {
            int v = Integer.parseInt(text == null ? "" : text.trim());
            if (v < min || v > max) {
                throw new InvalidInput(message);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInput(message);
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s.trim();
    }
}
