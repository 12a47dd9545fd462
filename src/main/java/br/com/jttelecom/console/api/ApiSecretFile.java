package br.com.jttelecom.console.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A random secret created once per install in the data folder and readable by its owner only,
 * like the PBX token: the webhook's shared secret (the signing key goes through the console's secret
 * vault, which may put it in the OS keyring instead).
 */
public final class ApiSecretFile {

    private ApiSecretFile() {
    }

    /** Reads the secret in {@code file}, creating it (32 random bytes, hex) on first use. */
    public static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                String text = Files.readString(file).trim();
                if (!text.isEmpty()) {
                    return text;
                }
            }
            String secret = newSecret();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, secret, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            ownerOnly(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable API secret: " + file, e);
        }
    }

    /** 32 random bytes as hex: a fresh signing key or webhook secret. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | FileSystemException e) {
            // Windows: the data folder under %APPDATA% is already private to the user.
        }
    }
}
