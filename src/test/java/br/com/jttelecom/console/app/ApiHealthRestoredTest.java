package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health check says when the database was found damaged at this start and restored, in the window's sentence. */
class ApiHealthRestoredTest {

    @TempDir
    Path dataDir;

    @Test
    void theHealthCarriesTheRestoreSentenceOnlyAfterARestore() throws Exception {
        try (ApiFixture api = new ApiFixture(dataDir)) {
            JsonNode health = api.send("GET", "/api/telephony/health", null, null, Map.of()).json();
            assertThat(health.path("database").path("ok").asBoolean()).isTrue();
            assertThat(health.path("database").path("restored").isNull()).isTrue();
        }
        try (RandomAccessFile file = new RandomAccessFile(dataDir.resolve("jt-console.mv.db").toFile(), "rw")) {
            file.setLength(file.length() / 3);
        }

        try (ApiFixture api = new ApiFixture(dataDir)) {
            JsonNode health = api.send("GET", "/api/telephony/health", null, null, Map.of()).json();

            assertThat(health.path("database").path("restored").asText()).startsWith("O banco de dados estava danificado");
        }
    }
}
