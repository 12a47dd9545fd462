package br.com.jttelecom.console.app.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Where the console keeps its database, settings and logs on each desktop OS, unless {@code --data-dir} says otherwise. */
public final class DataFolders {

    static final String APP_FOLDER = "JT Console";
    static final String XDG_FOLDER = "jt-console";

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolders() {
    }

    /**
     * On Linux and macOS, the data folder and every folder in it owner-only (0700), every file 0600: the
     * database, H2's trace file and the log hold customers' numbers and notes, and the libraries that
     * write them create files as the umask says (usually 0644). Run before and after they create theirs;
     * the folder's 0700 also covers a file made in between. Windows keeps its per-user folder ACLs.
     */
    public static void keepPrivate(Path dataDir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (Files.notExists(dataDir)) {
                Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            }
            try (Stream<Path> all = Files.walk(dataDir)) {
                for (Path p : all.toList()) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(p, OWNER_DIR);
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(p, OWNER_FILE);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder we may not chmod (a shared mount) still works: say so, do not stop the console.
            // The logger is looked up here, not in a field: defaultDataDir runs before the log is configured.
            org.slf4j.LoggerFactory.getLogger(DataFolders.class).warn("could not restrict the data folder's permissions: {}", e.getClass().getSimpleName());
        }
    }

    /** The data folder of this system and user, where the console keeps its database, logs and settings. */
    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    public static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(XDG_FOLDER);
    }
}
