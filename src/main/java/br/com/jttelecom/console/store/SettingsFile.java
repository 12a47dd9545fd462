package br.com.jttelecom.console.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code settings.properties} file in the data folder: small preferences the console needs
 * before the database opens (language, theme, window bounds, PBX account).
 *
 * <p>Writes go to a temporary file first and are moved into place, so a crash never leaves
 * half a file. A file that cannot be read is logged and treated as empty: bad settings must not
 * keep the console from starting.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.properties";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;
    private final Properties values = new Properties();

    private SettingsFile(Path file) {
        this.file = file;
    }

    public static SettingsFile open(Path dataDir) {
        SettingsFile settings = new SettingsFile(dataDir.resolve(FILE_NAME));
        settings.read();
        return settings;
    }

    public Path path() {
        return file;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Every key present (certificate pins are one key per host). */
    public synchronized java.util.Set<String> keys() {
        return java.util.Set.copyOf(values.stringPropertyNames());
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "JT Console");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file, e);
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Settings file {} could not be read ({}); starting with defaults", file, e.getClass().getSimpleName());
            values.clear();
        }
    }
}
