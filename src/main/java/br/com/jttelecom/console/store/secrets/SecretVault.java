package br.com.jttelecom.console.store.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each secret is read from and written to. Reading: the environment variable, then the OS
 * keyring, then the owner-only file (also where a keyring-less past left it). Writing: the keyring
 * when one is usable — the file copy is then removed, so the secret lives in one place — else the
 * file. A keyring that fails at run time is given up for the rest of the session, and the settings
 * page says the file is in use. Nothing here logs or throws a secret.
 */
public final class SecretVault {

    /** Where a secret currently comes from. */
    public enum Location { ENVIRONMENT, KEYRING, FILE, NONE }

    private static final Logger LOG = LoggerFactory.getLogger(SecretVault.class);

    private final Path dataDir;
    private final Map<String, String> env;
    private volatile SecretKeyring keyring;

    /**
     * @param keyring the OS keyring ({@link OsKeyring#open()}), empty where none is usable
     * @param env     the process environment (tests pass their own map)
     */
    public SecretVault(Path dataDir, Optional<SecretKeyring> keyring, Map<String, String> env) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.keyring = keyring.orElse(null);
        this.env = Map.copyOf(env);
    }

    /** No keyring at all: files and environment only. */
    public static SecretVault filesOnly(Path dataDir, Map<String, String> env) {
        return new SecretVault(dataDir, Optional.empty(), env);
    }

    /** True while a keyring is in use; false once none was found or it failed. */
    public boolean keyringInUse() {
        return keyring != null;
    }

    public Optional<String> read(Secret secret) {
        Optional<String> fromEnv = fromEnvironment(secret);
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        SecretKeyring k = keyring;
        if (k != null) {
            try {
                Optional<String> stored = k.read(account(secret)).map(String::strip).filter(s -> !s.isEmpty());
                if (stored.isPresent()) {
                    return stored;
                }
            } catch (SecretKeyring.KeyringUnavailable e) {
                giveUp(e);
            }
        }
        return file(secret).read();
    }

    /** Stores the secret (never the environment) and says where it went. */
    public Location write(Secret secret, String value) {
        Objects.requireNonNull(value, "value");
        SecretKeyring k = keyring;
        if (k != null) {
            try {
                k.write(account(secret), value);
                file(secret).clear();
                return Location.KEYRING;
            } catch (SecretKeyring.KeyringUnavailable e) {
                giveUp(e);
            }
        }
        file(secret).write(value);
        return Location.FILE;
    }

    /** The stored secret, or a new one from {@code generator} stored now (the API's signing key). */
    public String readOrCreate(Secret secret, Supplier<String> generator) {
        return read(secret).orElseGet(() -> {
            String created = generator.get();
            write(secret, created);
            return created;
        });
    }

    /** Where {@link #read} would find the secret now. */
    public Location location(Secret secret) {
        if (fromEnvironment(secret).isPresent()) {
            return Location.ENVIRONMENT;
        }
        SecretKeyring k = keyring;
        if (k != null) {
            try {
                if (k.read(account(secret)).filter(s -> !s.isBlank()).isPresent()) {
                    return Location.KEYRING;
                }
            } catch (SecretKeyring.KeyringUnavailable e) {
                giveUp(e);
            }
        }
        return file(secret).read().isPresent() ? Location.FILE : Location.NONE;
    }

    /** The owner-only file a secret falls back to. */
    public TokenFile file(Secret secret) {
        return new TokenFile(dataDir, secret.fileName());
    }

    private Optional<String> fromEnvironment(Secret secret) {
        return Optional.ofNullable(env.get(secret.envVar())).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** One entry per secret and data folder: another install's (or a test's) never collides. */
    private String account(Secret secret) {
        return secret.name() + "@" + dataDir.toAbsolutePath().normalize();
    }

    private void giveUp(SecretKeyring.KeyringUnavailable e) {
        if (keyring != null) {
            LOG.warn("OS keyring failed, using owner-only files from now on: {}", e.getMessage());
            keyring = null;
        }
    }
}
