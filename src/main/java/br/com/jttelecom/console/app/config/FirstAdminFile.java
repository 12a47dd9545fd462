package br.com.jttelecom.console.app.config;

import br.com.jttelecom.console.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The first admin's one-time password on a real installation: written to a 0600 file in the data
 * folder (never logged or shown), pointed to by the login screen until the admin deletes it.
 */
public final class FirstAdminFile {

    public static final String FILE_NAME = "admin-senha-inicial.txt";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path path;

    public FirstAdminFile(Path dataDir) {
        this.path = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    public static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public void write(String password) {
        try {
            Files.createDirectories(path.getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.deleteIfExists(path);
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            // Read by whoever installed the console, before any language was chosen: the default one.
            Files.writeString(path, Messages.portuguese().get("firstAdmin.file", password) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
