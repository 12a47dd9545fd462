package br.com.jttelecom.console.store.secrets;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real java-keyring adapter on this machine. With no Secret Service (CI, Xvfb, a server) it says
 * "none" quickly and without throwing; where a keyring answers, it stores, reads and removes an entry
 * of its own (never the user's: the account names this test).
 */
class OsKeyringTest {

    @Test
    void opensAWorkingKeyringOrNoneWithoutHangingOrThrowing() {
        long start = System.nanoTime();
        Optional<SecretKeyring> keyring = OsKeyring.open();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // Two calls of at most 5 s each, plus class loading on a busy machine.
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        keyring.ifPresent(k -> {
            String account = "jt-console-test@" + ProcessHandle.current().pid();
            try {
                k.write(account, "probe-value");
                assertThat(k.read(account)).hasValue("probe-value");
            } finally {
                k.delete(account);
            }
            assertThat(k.read(account)).isEmpty();
            ((OsKeyring) k).close();
        });
    }
}
