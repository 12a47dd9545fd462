package br.com.jttelecom.console.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages the simulator never sends: a repeated page, odd field values. Served by MockWebServer. */
class HistorySyncOddPagesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    private static final Pattern OFFSET = Pattern.compile("pos_registro_inicial\\D{1,4}(\\d+)");
    private static final Pattern SIZE = Pattern.compile("quantidade\\D{1,4}(\\d+)");

    @TempDir
    Path dataFolder;

    private MockWebServer server;
    private PabxClient client;
    private Database database;
    private HistorySync sync;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new PabxClient(PabxSettings.of(server.url("/suite/api").toString(), "u", "t")
                .withRetry(1, Duration.ofMillis(1)).withRequestsPerSecond(10_000));
        database = Database.openFolder(dataFolder);
        sync = new HistorySync(client, database, SyncSettings.defaults().withFirstWindow(Duration.ofDays(10)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        sync.close();
        client.close();
        server.close();
        database.close();
    }

    @Test
    void aRepeatedPageMakesTheWindowBeReadAgainInTheSameSync() throws Exception {
        AtomicBoolean repeatOnce = new AtomicBoolean(true);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String text = r.getUrl() + " " + (r.getBody() == null ? "" : r.getBody().utf8());
                int offset = number(OFFSET, text);
                int size = number(SIZE, text);
                if (!text.contains("listar_historico_chamada")) {
                    return page(0, 0, 0); // the extension directory the sync reads first: none
                }
                if (offset == 1000 && size == 1000 && repeatOnce.getAndSet(false)) {
                    offset = 0; // a server that ignored pos_registro_inicial this once
                }
                return page(offset, Math.min(size, 1500 - offset), 1500);
            }
        });

        SyncResult first = sync.syncNow().get(30, TimeUnit.SECONDS);
        assertThat(first.complete()).isTrue();
        assertThat(first.issues().reread()).as("the window is read again").isEqualTo(1);
        assertThat(first.issues().degraded()).isFalse();
        assertThat(count()).isEqualTo(1500);
        assertThat(sync.lastSuccessfulSync()).isPresent();
    }

    @Test
    void aWindowThatNeverSettlesIsReadABoundedNumberOfTimesAndTheSyncSaysItIsNotExact() throws Exception {
        java.util.concurrent.atomic.AtomicInteger historyRequests = new java.util.concurrent.atomic.AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String text = r.getUrl() + " " + (r.getBody() == null ? "" : r.getBody().utf8());
                if (!text.contains("listar_historico_chamada")) {
                    return page(0, 0, 0);
                }
                int offset = number(OFFSET, text);
                int size = number(SIZE, text);
                int total = 1500 + historyRequests.incrementAndGet(); // a server that writes rows on every page
                return page(offset, Math.max(0, Math.min(size, total - offset)), total);
            }
        });
        br.com.jttelecom.console.ui.shell.SyncStatusViewModel bar = new br.com.jttelecom.console.ui.shell.SyncStatusViewModel(
                br.com.jttelecom.console.i18n.Messages.portuguese(), new br.com.jttelecom.console.ui.InlineTaskRunner(),
                sync, java.time.ZoneId.of("America/Sao_Paulo"));
        ch.qos.logback.classic.Logger runLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HistoryRun.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        runLog.addAppender(lines);

        SyncResult r;
        try {
            r = sync.syncNow().get(30, TimeUnit.SECONDS);
        } finally {
            runLog.detachAppender(lines);
        }

        int windows = r.issues().inexact();
        // The log says it too, once per run, with the counts and no secret (the token is "t" here: never printed).
        assertThat(lines.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .filteredOn(m -> m.startsWith("history sync was not clean: ")).singleElement()
                .satisfies(m -> assertThat(m).contains(String.valueOf(windows)));
        assertThat(windows).isPositive();
        assertThat(r.issues().reread()).isEqualTo(windows * (WindowLedger.MAX_PASSES - 1));
        assertThat(historyRequests.get()).as("bounded: one probe, then the reads allowed of each window, 3 pages each")
                .isLessThanOrEqualTo(1 + windows * WindowLedger.MAX_PASSES * 3);
        assertThat(sync.status().degraded()).isTrue();
        assertThat(bar.textProperty().get()).endsWith("mas pode estar incompleto");
        assertThat(bar.problemProperty().get()).contains("O PABX mudou enquanto o histórico era lido (" + windows + " janela(s))");
        bar.dispose();
    }

    @Test
    void recordsWithOddFieldsAreStoredNotDropped() throws Exception {
        String longId = "x".repeat(200);
        String odd = """
                {"http_response_code":200,"mensagem":"ok","qtd_total_resultados":4,"qtd_resultados_retornados":4,
                 "dados":[
                  {"chamada_id":"odd.1","data":"18/11/2026 10:00:00","origem":"loja-201","destino":"011987650001",
                   "status":"77","sip_code":"","duracao":"00:01:00","duracao_real":"00:00:58,412",
                   "tempo_espera_total_filas":"","link_gravacao":["","https://pabx.example/g1.wav"]},
                  {"chamada_id":"odd.2","data":"ontem","origem":"4799700000 (DID: 4835124536)","destino":"loja-202",
                   "status":"","duracao":"","link_gravacao":""},
                  {"data":"18/11/2026 11:00:00","origem":"loja-203","destino":"011987650003","status":"1",
                   "duracao":"00:00:10"},
                  {"chamada_id":"LONG_ID","data":"18/11/2026 12:00:00","origem":"loja-204",
                   "destino":"NÚMERO INVÁLIDO DIGITADO NA URA COM MAIS DE QUARENTA CARACTERES","status":"1"}
                 ]}""".replace("LONG_ID", longId);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(odd)
                        .build();
            }
        });

        SyncResult r = sync.syncNow().get(30, TimeUnit.SECONDS);

        assertThat(r.inserted()).isEqualTo(4);
        List<String> ids = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT external_call_id FROM calls ORDER BY external_call_id").mapTo(String.class).list());
        assertThat(ids).hasSize(4).contains("odd.1", "odd.2").anyMatch(id -> id.startsWith("sem-id:"))
                .anyMatch(id -> id.startsWith("id-longo:"));
        String status = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT status FROM calls WHERE external_call_id = 'odd.1'").mapTo(String.class).one());
        assertThat(CallStatus.fromCode(status)).isNotNull();

        sync.syncNow().get(30, TimeUnit.SECONDS);
        assertThat(count()).as("the made-up keys are stable: a re-sync adds nothing").isEqualTo(4);
    }

    private long count() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM calls").mapTo(Long.class).one());
    }

    private static int number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static MockResponse page(int offset, int count, int total) {
        StringBuilder b = new StringBuilder("{\"http_response_code\":200,\"mensagem\":\"ok\",\"qtd_total_resultados\":")
                .append(total).append(",\"qtd_resultados_retornados\":").append(Math.max(0, count)).append(",\"dados\":[");
        for (int i = 0; i < count; i++) {
            int n = offset + i;
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"chamada_id\":\"").append(1_700_000 + n).append(".1\",\"data\":\"")
                    .append(String.format("%02d/11/2026 %02d:%02d:%02d", 12 + n / 1000, 8 + (n / 60) % 10, n % 60, n % 60))
                    .append("\",\"origem\":\"loja-201\",\"destino\":\"01198765").append(String.format("%04d", n))
                    .append("\",\"status\":\"1\",\"sip_code\":\"200\",\"duracao\":\"00:01:00\"}");
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(b.append("]}").toString()).build();
    }
}
