package br.com.jttelecom.console.store.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where secrets go, on the real owner-only files in a temporary data folder. Without a keyring is how
 * CI and Xvfb run (no Secret Service there); the two keyring cases use {@link MemoryKeyring}, a test
 * stand-in for the OS keyring, to check the choice the vault makes around it.
 */
class SecretVaultTest {

    private static final String TOKEN = "0b7c5d2e-1f00-4a4a-9c9c-5ecre7000001";

    @TempDir
    Path dir;

    @Test
    void withoutAKeyringTheSecretGoesToAnOwnerOnlyFileAndComesBack() throws Exception {
        assumeTrue(TokenFile.ownerOnlySupported());
        SecretVault vault = SecretVault.filesOnly(dir, Map.of());

        assertThat(vault.location(Secret.PBX_TOKEN)).isEqualTo(SecretVault.Location.NONE);
        assertThat(vault.write(Secret.PBX_TOKEN, TOKEN)).isEqualTo(SecretVault.Location.FILE);

        Path file = dir.resolve(TokenFile.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(vault.read(Secret.PBX_TOKEN)).hasValue(TOKEN);
        assertThat(vault.location(Secret.PBX_TOKEN)).isEqualTo(SecretVault.Location.FILE);
        assertThat(vault.keyringInUse()).isFalse();
        // Another start of the console on the same folder finds it.
        assertThat(SecretVault.filesOnly(dir, Map.of()).read(Secret.PBX_TOKEN)).hasValue(TOKEN);
    }

    @Test
    void theEnvironmentVariableWinsOverTheStoredSecretAndIsNeverWritten() {
        SecretVault vault = SecretVault.filesOnly(dir, Map.of(Secret.PBX_TOKEN.envVar(), "  from-env-token "));
        vault.write(Secret.PBX_TOKEN, TOKEN);

        assertThat(vault.read(Secret.PBX_TOKEN)).hasValue("from-env-token");
        assertThat(vault.location(Secret.PBX_TOKEN)).isEqualTo(SecretVault.Location.ENVIRONMENT);
        assertThat(vault.file(Secret.PBX_TOKEN).read()).hasValue(TOKEN);
    }

    @Test
    void aWorkingKeyringKeepsTheSecretAndTheOldFileCopyIsRemoved() {
        SecretVault.filesOnly(dir, Map.of()).write(Secret.PBX_TOKEN, "old-token-in-a-file");
        MemoryKeyring keyring = new MemoryKeyring();
        SecretVault vault = new SecretVault(dir, Optional.of(keyring), Map.of());

        assertThat(vault.read(Secret.PBX_TOKEN)).as("a file left by a keyring-less past still counts")
                .hasValue("old-token-in-a-file");
        assertThat(vault.write(Secret.PBX_TOKEN, TOKEN)).isEqualTo(SecretVault.Location.KEYRING);

        assertThat(Files.exists(dir.resolve(TokenFile.FILE_NAME))).isFalse();
        assertThat(keyring.entries).containsValue(TOKEN);
        assertThat(keyring.entries.keySet()).singleElement().asString()
                .startsWith("pbx-token@").endsWith(dir.toAbsolutePath().normalize().toString());
        assertThat(vault.read(Secret.PBX_TOKEN)).hasValue(TOKEN);
        assertThat(vault.location(Secret.PBX_TOKEN)).isEqualTo(SecretVault.Location.KEYRING);
    }

    @Test
    void aKeyringThatFailsIsGivenUpAndTheSecretLandsInTheFile() {
        MemoryKeyring keyring = new MemoryKeyring();
        keyring.broken = true;
        SecretVault vault = new SecretVault(dir, Optional.of(keyring), Map.of());

        assertThat(vault.write(Secret.PBX_TOKEN, TOKEN)).isEqualTo(SecretVault.Location.FILE);
        assertThat(vault.keyringInUse()).isFalse();
        assertThat(vault.read(Secret.PBX_TOKEN)).hasValue(TOKEN);
        assertThat(keyring.entries).isEmpty();
    }

    @Test
    void theApiSigningKeyIsCreatedOnceAndKeptLikeTheToken() {
        SecretVault vault = SecretVault.filesOnly(dir, Map.of());
        String first = vault.readOrCreate(Secret.API_SIGNING_KEY, () -> "k-" + System.nanoTime());
        String second = SecretVault.filesOnly(dir, Map.of()).readOrCreate(Secret.API_SIGNING_KEY, () -> "other");

        assertThat(second).isEqualTo(first);
        assertThat(dir.resolve(Secret.API_SIGNING_KEY.fileName())).exists();
        assertThat(SecretVault.filesOnly(dir, Map.of(Secret.API_SIGNING_KEY.envVar(), "env-key"))
                .readOrCreate(Secret.API_SIGNING_KEY, () -> "never")).isEqualTo("env-key");
    }

    /** The OS keyring's stand-in: a map, or a backend that refuses everything (a locked or gone Secret Service). */
    private static final class MemoryKeyring implements SecretKeyring {
        final Map<String, String> entries = new HashMap<>();
        boolean broken;

        @Override
        public Optional<String> read(String account) {
            check();
            return Optional.ofNullable(entries.get(account));
        }

        @Override
        public void write(String account, String secret) {
            check();
            entries.put(account, secret);
        }

        @Override
        public void delete(String account) {
            check();
            entries.remove(account);
        }

        @Override
        public String description() {
            return "memória";
        }

        private void check() {
            if (broken) {
                throw new KeyringUnavailable("Não foi possível usar o chaveiro (teste).", null);
            }
        }
    }
}
