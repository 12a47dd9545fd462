package br.com.jttelecom.console.app.config;

import br.com.jttelecom.console.service.settings.SettingsAdmin;
import br.com.jttelecom.console.store.SettingsFile;

import java.util.HashMap;
import java.util.Map;

/** Reads what Configurações stored that the PBX client needs at start: the certificate pins (the rate limit is a {@code LiveSettings}). */
public final class AdminSettingsReader {

    private AdminSettingsReader() {
    }

    public static Map<String, String> pins(SettingsFile settings) {
        Map<String, String> pins = new HashMap<>();
        for (String key : settings.keys()) {
            if (key.startsWith(SettingsAdmin.PIN_PREFIX)) {
                settings.get(key).ifPresent(pin -> pins.put(key.substring(SettingsAdmin.PIN_PREFIX.length()), pin));
            }
        }
        return pins;
    }
}
