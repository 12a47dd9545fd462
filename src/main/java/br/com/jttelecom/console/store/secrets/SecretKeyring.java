package br.com.jttelecom.console.store.secrets;

import java.util.Optional;

/**
 * An operating-system keyring the console can keep a secret in (Secret Service on Linux, the macOS
 * Keychain, the Windows Credential Manager). The only implementation is {@link OsKeyring}; where no
 * keyring is usable there is none, and {@link SecretVault} keeps the secret in an owner-only file.
 *
 * <p>Every method may fail with {@link KeyringUnavailable}; none of them ever puts the secret in
 * an exception message.
 */
public interface SecretKeyring {

    /** The secret stored under {@code account}, or empty when there is none. */
    Optional<String> read(String account);

    void write(String account, String secret);

    /** Removes the entry; nothing happens when there is none. */
    void delete(String account);

    /** A short name of the backend for the settings page ("Secret Service", "Keychain"). */
    String description();

    /** The keyring could not be reached or refused the operation; the message never holds a secret. */
    final class KeyringUnavailable extends RuntimeException {
        public KeyringUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
