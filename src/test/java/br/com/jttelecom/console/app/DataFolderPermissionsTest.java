package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console with its API running keeps its data folder to its owner on Linux and macOS: the folder
 * 0700, the database, the secrets, a log and an H2 trace file 0600 — also those the libraries made 0644.
 */
class DataFolderPermissionsTest {

    @TempDir
    Path parent;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataFolderIsOwnerOnlyAndSoIsEveryFileInIt() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path dataDir = parent.resolve("dados");
        Files.createDirectories(dataDir.resolve("logs"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path log = Files.createFile(dataDir.resolve("logs").resolve("jt-console.log"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path trace;
        try (ApiFixture api = new ApiFixture(dataDir)) {
            assertThat(api.get("/api/telephony/health", null).status()).isEqualTo(200);
            assertThat(mode(dataDir)).isEqualTo("rwx------");
            assertThat(mode(dataDir.resolve("logs"))).isEqualTo("rwx------");
            assertThat(mode(log)).isEqualTo("rw-------");
            assertThat(mode(dataDir.resolve("jt-console.mv.db"))).isEqualTo("rw-------");
            // What H2 writes when something goes wrong, made as the umask says while the console runs.
            trace = Files.createFile(dataDir.resolve("jt-console.trace.db"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        }
        assertThat(mode(trace)).isEqualTo("rw-------");
        try (Stream<Path> all = Files.walk(dataDir)) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            assertThat(files).isNotEmpty();
            for (Path f : files) {
                assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------");
            }
        }
    }
}
