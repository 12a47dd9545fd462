package br.com.jttelecom.console.app;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --headless} in a child JVM whose class path has no JavaFX jar at all: if anything on the
 * way touched a JavaFX class, the child would die with NoClassDefFoundError instead of serving.
 */
class HeadlessModeTest {

    private static final List<String> UI_JARS = List.of("javafx", "openjfx", "controlsfx", "atlantafx", "ikonli",
            "testfx", "monocle");

    @TempDir
    Path dataDir;

    @Test
    void headlessServesTheApiWithoutAnyJavaFxOnTheClassPath() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> UI_JARS.stream().noneMatch(e.toLowerCase(Locale.ROOT)::contains))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", classPath, "br.com.jttelecom.console.app.Main",
                "--headless", "--demo", "--data-dir", dataDir.toString(), "--api-port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String url = CompletableFuture.supplyAsync(() -> readUntilReady(out, seen)).get(90, TimeUnit.SECONDS);
            assertThat(url).as(seen.toString()).isNotNull();
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/telephony/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":{\"ok\":true");
            assertThat(url).startsWith("http://127.0.0.1:");
        } finally {
            child.destroy();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private static String readUntilReady(BufferedReader out, StringBuilder seen) {
        Pattern ready = Pattern.compile("(http://[0-9.]+:\\d+/api)");
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher m = ready.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
