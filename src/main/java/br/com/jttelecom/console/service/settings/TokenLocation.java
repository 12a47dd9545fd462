package br.com.jttelecom.console.service.settings;

import br.com.jttelecom.console.store.secrets.SecretVault;

/** Where the PBX token is read from, for the settings page (which may not see the store's types). */
public enum TokenLocation {
    /** The environment variable: it wins over anything saved. */
    ENVIRONMENT,
    /** The operating system's keyring. */
    KEYRING,
    /** The owner-only file in the data folder (no keyring usable). */
    FILE,
    /** No token anywhere: demo mode. */
    NONE;

    static TokenLocation of(SecretVault.Location location) {
        return valueOf(location.name());
    }
}
