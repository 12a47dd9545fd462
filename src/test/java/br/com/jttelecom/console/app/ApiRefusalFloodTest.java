package br.com.jttelecom.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flood of refused requests from one source fills at most a minute's quota of the audit trail, plus one row saying so. */
class ApiRefusalFloodTest {

    @TempDir
    static Path dataDir;
    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void twoHundredUnauthorisedRequestsWriteAtMostTheQuotaAndOneNotice() {
        for (int i = 0; i < 200; i++) {
            assertThat(api.get("/api/telephony/calls", null).status()).isEqualTo(401);
        }
        var rows = ApiRefusalAuditTest.refusals(api);
        assertThat(rows).hasSize(21);
        assertThat(rows.get(0).details()).contains("limite de 20 registros por minuto");
    }
}
