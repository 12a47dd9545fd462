package br.com.jttelecom.console.store.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * A secret (the PBX token, the local API's signing key) in a file of its own in the data folder,
 * readable and writable by the user only (0600) on POSIX systems. {@link SecretVault} uses it when no
 * OS keyring is usable; environment variables still win. A secret is never in {@code settings.properties}.
 */
public final class TokenFile {

    public static final String FILE_NAME = "pbx-token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    /** The PBX token's file, {@value #FILE_NAME}. */
    public TokenFile(Path dataDir) {
        this(dataDir, FILE_NAME);
    }

    public TokenFile(Path dataDir, String fileName) {
        this.path = dataDir.resolve(fileName);
    }

    public Path path() {
        return path;
    }

    /** True where the file can be restricted to its owner; elsewhere settings show a warning. */
    public static boolean ownerOnlySupported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    public Optional<String> read() {
        try {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            String token = Files.readString(path, StandardCharsets.UTF_8).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            // The path only: the message must never carry the file's content.
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public void write(String token) {
        try {
            Files.createDirectories(path.getParent());
            if (ownerOnlySupported()) {
                // Create with 0600 before any byte is written, so the token is never readable by others.
                if (!Files.exists(path)) {
                    Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                }
                Files.setPosixFilePermissions(path, OWNER_ONLY);
            }
            Files.writeString(path, token, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
