package br.com.jttelecom.console.store.secrets;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OS keyring through java-keyring. Every call runs on a daemon thread with a time limit: a keyring
 * that waits for an unlock prompt nobody answers, or a D-Bus that never replies, must not hang the
 * console — the caller then falls back to the owner-only file.
 *
 * <p>Entries are filed under the service {@code "JT Console"} and an account that names the secret and
 * the data folder, so two installations (or a test's temporary folder) never share an entry.
 */
public final class OsKeyring implements SecretKeyring, AutoCloseable {

    static final String SERVICE = "JT Console";
    private static final Logger LOG = LoggerFactory.getLogger(OsKeyring.class);
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final Keyring keyring;
    private final ExecutorService worker;

    private OsKeyring(Keyring keyring, ExecutorService worker) {
        this.keyring = keyring;
        this.worker = worker;
    }

    /**
     * The keyring of this session, or empty when there is none usable (no Secret Service on a headless
     * Linux or CI machine, no D-Bus session, a native library missing). A read of an entry that does not
     * exist proves the backend answers before the console relies on it.
     */
    public static Optional<SecretKeyring> open() {
        ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("jt-keyring").factory());
        Keyring keyring = null;
        try {
            keyring = timed(worker, Keyring::create, "open the system keyring");
            Keyring probe = keyring;
            timed(worker, () -> probe(probe), "query the system keyring");
            LOG.info("OS keyring in use: {}", keyring.getKeyringStorageType());
            return Optional.of(new OsKeyring(keyring, worker));
        } catch (RuntimeException | LinkageError e) {
            // Expected on servers and CI: the caller uses the owner-only file and Configurações says so.
            LOG.info("No usable OS keyring ({}); secrets go to owner-only files", e.getMessage());
            closeQuietly(keyring);
            worker.shutdownNow();
            return Optional.empty();
        }
    }

    private static Boolean probe(Keyring keyring) throws Exception {
        try {
            keyring.getPassword(SERVICE, "probe");
        } catch (PasswordAccessException notStored) {
            // Answering "no such entry" is what a working keyring does.
        }
        return Boolean.TRUE;
    }

    @Override
    public Optional<String> read(String account) {
        return timed(worker, () -> {
            try {
                return Optional.ofNullable(keyring.getPassword(SERVICE, account));
            } catch (PasswordAccessException notStored) {
                return Optional.<String>empty();
            }
        }, "read the system keyring");
    }

    @Override
    public void write(String account, String secret) {
        timed(worker, () -> {
            keyring.setPassword(SERVICE, account, secret);
            return null;
        }, "write to the system keyring");
    }

    @Override
    public void delete(String account) {
        timed(worker, () -> {
            try {
                keyring.deletePassword(SERVICE, account);
            } catch (PasswordAccessException notStored) {
                // Already absent.
            }
            return null;
        }, "delete from the system keyring");
    }

    @Override
    public String description() {
        return String.valueOf(keyring.getKeyringStorageType());
    }

    @Override
    public void close() {
        closeQuietly(keyring);
        worker.shutdownNow();
    }

    /** Runs {@code work} on the keyring thread; any failure becomes {@link KeyringUnavailable} naming only {@code what}. */
    private static <T> T timed(ExecutorService worker, Callable<T> work, String what) {
        Future<T> future = worker.submit(work);
        try {
            return future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new KeyringUnavailable("could not " + what + ": no answer in " + LIMIT.toSeconds() + " s", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyringUnavailable("could not " + what + ": interrupted", null);
        } catch (ExecutionException e) {
            // The library's own message only names service and account, never the secret; keep the type only.
            throw new KeyringUnavailable("could not " + what + " (" + e.getCause().getClass().getSimpleName() + ")", null);
        }
    }

    private static void closeQuietly(Keyring keyring) {
        if (keyring != null) {
            try {
                keyring.close();
            } catch (Exception e) {
                LOG.debug("keyring close failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
