package br.com.jttelecom.console.service.board;

import br.com.jttelecom.console.service.calls.AgentSettings;
import br.com.jttelecom.console.store.SettingRepository;
import java.time.Duration;
import java.util.Objects;

/** The live board's settings in the {@code setting} table, with their defaults. */
public final class BoardSettings {

    /** A pause longer than this many minutes is coloured on the board. */
    public static final String PAUSE_ALERT_MINUTES = "board.pause.alert.minutes";
    /** How often the board asks the PBX again while it is on screen (at least 2 s). */
    public static final String REFRESH_SECONDS = "board.refresh.seconds";

    private final SettingRepository settings;

    public BoardSettings(SettingRepository settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Duration pauseAlert() {
        return Duration.ofMinutes(Math.max(1, AgentSettings.parse(settings.get(PAUSE_ALERT_MINUTES, "15"), 15)));
    }

    public Duration refreshInterval() {
        return Duration.ofSeconds(Math.max(2, AgentSettings.parse(settings.get(REFRESH_SECONDS, "3"), 3)));
    }
}
