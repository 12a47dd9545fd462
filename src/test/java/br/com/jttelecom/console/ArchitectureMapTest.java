package br.com.jttelecom.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The map in docs/architecture.md names every package of the console, so a new package cannot go unexplained. */
class ArchitectureMapTest {

    private static final Path SOURCES = Path.of("src/main/java/br/com/jttelecom/console");

    @Test
    void everyPackageIsNamedInTheMap() throws IOException {
        String map = Files.readString(Path.of("docs/architecture.md"));
        List<String> packages;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).filter(ArchitectureMapTest::holdsJava)
                    .map(d -> SOURCES.relativize(d).toString().replace('/', '.').replace('\\', '.'))
                    .filter(p -> !p.isEmpty()).sorted().toList();
        }
        assertThat(packages).contains("service.calls", "store.calls", "app.wiring", "ui.fx");
        assertThat(packages).allSatisfy(p -> assertThat(map).as("docs/architecture.md").contains("`" + p + "`"));
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
