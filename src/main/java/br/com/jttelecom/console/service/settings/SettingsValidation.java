package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxConfigurationError;
import br.com.jttelecom.console.pabx.PabxException;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.service.InvalidFields;
import br.com.jttelecom.console.service.sync.SyncTuning;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a Configurações form before anything is written: every wrong field at once, each with its own
 * message key, named by the {@link SettingsForm} component it belongs to.
 */
final class SettingsValidation {

    /** The form's values, parsed and in range; an empty {@code baseUrl} means the default (or the demo) PBX. */
    record Valid(String baseUrl, int requestsPerSecond, int callsPollSeconds, int historySyncMinutes, SyncTuning tuning,
                 DialPlan dialPlan) {
    }

    private SettingsValidation() {
    }

    /** @throws InvalidFields naming every wrong field */
    static Valid check(SettingsForm form) {
        Map<String, InvalidFields.Problem> problems = new LinkedHashMap<>();
        String url = trim(form.baseUrl());
        baseUrlProblem(url).ifPresent(p -> problems.put("baseUrl", p));
        Integer rps = intIn(form.requestsPerSecond(), 1, 50, "requestsPerSecond", "settings.error.rps", problems);
        Integer poll = intIn(form.callsPollSeconds(), 1, 60, "callsPollSeconds", "settings.error.callsPoll", problems);
        Integer sync = intIn(form.historySyncMinutes(), 1, 1440, "historySyncMinutes", "settings.error.historySync",
                problems);
        Integer trailing = intIn(form.historyTrailingHours(), SyncTuning.MIN_TRAILING_HOURS,
                SyncTuning.MAX_TRAILING_HOURS, "historyTrailingHours", "settings.error.historyTrailing", problems);
        Integer reconcile = intIn(form.historyReconcileDays(), 0, SyncTuning.MAX_RECONCILE_DAYS, "historyReconcileDays",
                "settings.error.historyReconcile", problems);
        Integer inFlight = intIn(form.historyInFlight(), 1, SyncTuning.MAX_IN_FLIGHT, "historyInFlight",
                "settings.error.historyInFlight", problems);
        DialPlan plan = dialPlan(form, problems);
        InvalidFields.throwIfAny(problems);
        return new Valid(url, rps, poll, sync, new SyncTuning(trailing, reconcile, inFlight), plan);
    }

    /** @throws InvalidFields when the rate limit is wrong (the connection test needs it alone) */
    static int rps(SettingsForm form) {
        Map<String, InvalidFields.Problem> problems = new LinkedHashMap<>();
        Integer rps = intIn(form.requestsPerSecond(), 1, 50, "requestsPerSecond", "settings.error.rps", problems);
        InvalidFields.throwIfAny(problems);
        return rps;
    }

    /**
     * Empty is allowed: the console then uses the default PBX address, or in demo mode the embedded demo PBX.
     * Anything else must be a whole web address the client accepts, and the sentence says what is missing.
     */
    static Optional<InvalidFields.Problem> baseUrlProblem(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(InvalidFields.Problem.of("settings.error.baseUrl.spaces"));
        }
        int separator = url.indexOf("://");
        String scheme = separator < 0 ? "" : url.substring(0, separator).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(InvalidFields.Problem.of("settings.error.baseUrl.scheme", url));
        }
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            host = null;
        }
        if (host == null || host.isEmpty()) {
            return Optional.of(InvalidFields.Problem.of("settings.error.baseUrl.host", url));
        }
        // The client's own URL rules (https, or http on loopback only) apply when it is built.
        try (PabxClient probe = new PabxClient(PabxSettings.of(url, "u", "t"))) {
            Objects.requireNonNull(probe);
            return Optional.empty();
        } catch (PabxConfigurationError e) {
            return Optional.of(e.kind() == PabxConfigurationError.Kind.INSECURE_URL
                    ? InvalidFields.Problem.of("settings.error.baseUrl.insecure", host)
                    : InvalidFields.Problem.of("settings.error.baseUrl.invalid", url));
        } catch (PabxException e) {
            return Optional.of(InvalidFields.Problem.of("settings.error.baseUrl.invalid", url));
        }
    }

    private static DialPlan dialPlan(SettingsForm form, Map<String, InvalidFields.Problem> problems) {
        String ddd = trim(form.localDdd());
        String longDistance = trim(form.longDistancePrefix());
        String international = trim(form.internationalPrefix());
        DialPlan plan;
        try {
            // The default prefixes stand in for the typed ones, checked below, so only the DDD is judged here.
            plan = new DialPlan(ddd, form.keepDddOnLocalCalls(), "0", "00");
        } catch (IllegalArgumentException e) {
            problems.put("localDdd", InvalidFields.Problem.of("settings.error.localDdd"));
            plan = null;
        }
        if (!longDistance.matches("0([1-9]\\d)?")) {
            problems.put("longDistancePrefix", InvalidFields.Problem.of("settings.error.longDistancePrefix"));
        }
        if (!international.matches("00([1-9]\\d)?")) {
            problems.put("internationalPrefix", InvalidFields.Problem.of("settings.error.internationalPrefix"));
        }
        return plan == null || problems.containsKey("longDistancePrefix") || problems.containsKey("internationalPrefix")
                ? null
                : new DialPlan(plan.localDdd(), plan.keepDddOnLocalCalls(), longDistance, international);
    }

    private static Integer intIn(String text, int min, int max, String field, String key,
                                 Map<String, InvalidFields.Problem> problems) {
        try {
            int v = Integer.parseInt(trim(text));
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below, like an out-of-range value
        }
        problems.put(field, InvalidFields.Problem.of(key, trim(text)));
        return null;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
