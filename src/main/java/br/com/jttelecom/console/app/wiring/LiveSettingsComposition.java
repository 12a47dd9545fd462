package br.com.jttelecom.console.app.wiring;

import br.com.jttelecom.console.service.settings.LiveSettings;
import br.com.jttelecom.console.service.settings.SettingsAdmin;
import br.com.jttelecom.console.ui.TaskRunner;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;

/**
 * Applies a saved Configurações at once: the dial plan to the phone numbers (the next dial string),
 * the poll interval to the call tracker, the sync interval and tuning to the history sync, the rate limit to the
 * PBX client and, while a window is open, the theme to it. Only the language waits for a restart
 * (every text on screen was loaded in it); the PBX address, user and token too, since they make a
 * new client.
 */
public final class LiveSettingsComposition {

    private LiveSettingsComposition() {
    }

    /** The services' part, headless or not. */
    static void applySaves(ConsoleRuntime runtime, SettingsAdmin admin) {
        admin.addListener(live -> apply(runtime, live));
    }

    private static void apply(ConsoleRuntime runtime, LiveSettings live) {
        runtime.phoneNumbers().useDialPlan(live.dialPlan());
        runtime.calls().ifPresent(calls -> calls.tracker().changeInterval(live.callsPoll()));
        runtime.historySync().ifPresent(sync -> {
            sync.changeInterval(live.historySync());
            sync.changeTuning(live.historyTuning());
        });
        runtime.pabxClient().ifPresent(client -> client.changeRequestsPerSecond(live.requestsPerSecond()));
    }

    /**
     * The window's part: the theme follows a saved one (on the UI thread; the save runs in the
     * background). @return what detaches it when the window closes (sign-out builds a new one)
     */
    public static Runnable applyTheme(SettingsAdmin admin, MainWindowViewModel window, TaskRunner tasks) {
        java.util.function.Consumer<LiveSettings> listener = live -> tasks.onUiThread(() -> {
            if (window.themeProperty().get() != live.theme()) {
                window.useTheme(live.theme());
            }
        });
        admin.addListener(listener);
        return () -> admin.removeListener(listener);
    }
}
