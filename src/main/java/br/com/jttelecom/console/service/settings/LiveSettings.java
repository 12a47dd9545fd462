package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.service.sync.SyncTuning;
import br.com.jttelecom.console.store.SettingsFile;

import java.time.Duration;
import java.util.Objects;

/**
 * What Configurações changes while the console runs, read from {@code settings.properties}: the
 * dial plan, the online-calls poll, the history sync's interval and tuning, the PBX client's rate
 * limit and the theme. Read at start; after each save {@link SettingsAdmin} hands the new values to its listeners,
 * which apply them at once (the language alone waits for a restart). A value someone broke by hand
 * in the file falls back to its default instead of stopping the console.
 */
public record LiveSettings(DialPlan dialPlan, Duration callsPoll, Duration historySync, SyncTuning historyTuning,
                           int requestsPerSecond, Theme theme) {

    public static final String KEY_DDD = "phone.local.ddd";
    public static final String KEY_KEEP_DDD = "phone.local.keepDdd";
    public static final String KEY_LONG_DISTANCE = "phone.prefix.longDistance";
    public static final String KEY_INTERNATIONAL = "phone.prefix.international";
    public static final String KEY_CALLS_POLL = "calls.poll.seconds";
    public static final String KEY_HISTORY_SYNC = "history.sync.minutes";
    public static final String KEY_HISTORY_TRAILING = "history.trailing.hours";
    public static final String KEY_HISTORY_RECONCILE = "history.reconcile.days";
    public static final String KEY_HISTORY_IN_FLIGHT = "history.requests.inFlight";
    public static final String KEY_RPS = "pabx.rate.rps";
    public static final String KEY_THEME = "ui.theme";

    public static final int DEFAULT_RPS = 5;
    public static final int DEFAULT_CALLS_POLL_SECONDS = 2;
    public static final int DEFAULT_HISTORY_SYNC_MINUTES = 5;

    public LiveSettings {
        Objects.requireNonNull(dialPlan, "dialPlan");
        Objects.requireNonNull(callsPoll, "callsPoll");
        Objects.requireNonNull(historySync, "historySync");
        Objects.requireNonNull(historyTuning, "historyTuning");
        Objects.requireNonNull(theme, "theme");
    }

    public static LiveSettings read(SettingsFile file) {
        return new LiveSettings(dialPlan(file), Duration.ofSeconds(number(file, KEY_CALLS_POLL, 1, 60, DEFAULT_CALLS_POLL_SECONDS)),
                Duration.ofMinutes(number(file, KEY_HISTORY_SYNC, 1, 1440, DEFAULT_HISTORY_SYNC_MINUTES)), tuning(file),
                number(file, KEY_RPS, 1, 50, DEFAULT_RPS), Theme.fromKey(file.get(KEY_THEME).orElse("light")));
    }

    private static SyncTuning tuning(SettingsFile file) {
        SyncTuning d = SyncTuning.defaults();
        return new SyncTuning(
                number(file, KEY_HISTORY_TRAILING, SyncTuning.MIN_TRAILING_HOURS, SyncTuning.MAX_TRAILING_HOURS,
                        d.trailingHours()),
                number(file, KEY_HISTORY_RECONCILE, 0, SyncTuning.MAX_RECONCILE_DAYS, d.reconcileDays()),
                number(file, KEY_HISTORY_IN_FLIGHT, 1, SyncTuning.MAX_IN_FLIGHT, d.inFlight()));
    }

    private static DialPlan dialPlan(SettingsFile file) {
        try {
            return new DialPlan(file.get(KEY_DDD).orElse(DialPlan.DEFAULT_LOCAL_DDD),
                    Boolean.parseBoolean(file.get(KEY_KEEP_DDD).orElse("false")),
                    file.get(KEY_LONG_DISTANCE).orElse(DialPlan.DEFAULT_LONG_DISTANCE_PREFIX),
                    file.get(KEY_INTERNATIONAL).orElse(DialPlan.DEFAULT_INTERNATIONAL_PREFIX));
        } catch (IllegalArgumentException handEdited) {
            return DialPlan.defaults();
        }
    }

    private static int number(SettingsFile file, String key, int min, int max, int fallback) {
        try {
            int v = Integer.parseInt(file.get(key).orElse(String.valueOf(fallback)));
            return v >= min && v <= max ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
