package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryExportTest {

    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");

    @TempDir
    Path folder;
    @TempDir
    Path out;
    HistoryFixture store;

    @BeforeEach
    void open() {
        store = new HistoryFixture(folder, NOW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFileStartsWithABomAndUsesSemicolonsAndBrazilianFormats() throws Exception {
        store.add(Instant.parse("2026-03-14T18:05:09Z"), CallStatus.COMPLETED, Direction.OUTBOUND, "Atenção: orçamento");
        Path file = out.resolve("h.csv");

        long rows = store.export().export(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS), file, (w, t) -> { },
                () -> false);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(rows).isEqualTo(1);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(file);
        assertThat(lines.get(0)).startsWith("\uFEFFID;Início;Fim;Direção;Número;");
        assertThat(lines.get(1)).contains(";14/03/2026 15:05:09;14/03/2026 15:06:14;Realizada;")
                .contains(";Atendida;00:01:05;").contains(";Atenção: orçamento;");
    }

    /** The same three figures as the API's duration, talk_seconds and wait_seconds, each under its own name. */
    @Test
    void totalTalkAndWaitAreThreeLabelledColumnsWithTheWaitBeyondTheTalk() throws Exception {
        Instant start = Instant.parse("2026-03-14T18:00:00Z");
        store.calls.insert(new Call(null, null, null, null, "+5548991234567", Direction.INBOUND, Duration.ofSeconds(80),
                CallStatus.COMPLETED, start, start.plusSeconds(80), null, "csv-times", null, "201", "Ana Souza",
                Duration.ZERO, Duration.ofMillis(70_500), null, null, null, null, null, null));
        store.calls.insert(new Call(null, null, null, null, "+5548991234568", Direction.OUTBOUND, Duration.ofSeconds(30),
                CallStatus.COMPLETED, start.plusSeconds(600), start.plusSeconds(630), null, "csv-unknown", null, "201",
                "Ana Souza", null, null, null, null, null, null, null, null));
        Path file = out.resolve("h.csv");

        store.export().export(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS), file, (w, t) -> { }, () -> false);

        List<String> lines = lines(file);
        assertThat(lines.get(0)).contains(";Status;Tempo total;Tempo de conversa;Tempo de espera;Resultado;");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(";Atendida;00:01:20;00:01:10;00:00:10;")
                .endsWith(";csv-times"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(";Atendida;00:00:30;;;").endsWith(";csv-unknown"));
    }

    @Test
    void notesWithSemicolonsQuotesAndLineBreaksAreQuotedSoTheRowStaysOneRecord() throws Exception {
        store.add(Instant.parse("2026-03-14T18:00:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND,
                "disse \"não\"; ligar\nsegunda");
        Path file = out.resolve("h.csv");

        store.export().export(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS), file, (w, t) -> { }, () -> false);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(";\"disse \"\"não\"\"; ligar\nsegunda\";");
    }

    @Test
    void theRowCountEqualsTheFiltersCountAcrossManyPages() throws Exception {
        Instant t = Instant.parse("2026-03-13T12:00:00Z");
        for (int i = 0; i < HistoryExport.PAGE * 2 + 7; i++) {
            store.add(t.plusSeconds(i), i % 3 == 0 ? CallStatus.MISSED : CallStatus.COMPLETED, Direction.INBOUND, null);
        }
        HistoryFilter missed = HistoryFixture.with(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS),
                java.util.Set.of(CallStatus.MISSED), java.util.Set.of(), null, null, null, null);
        AtomicLong lastReported = new AtomicLong();
        Path file = out.resolve("h.csv");

        long rows = store.export().export(missed, file, (w, total) -> lastReported.set(w), () -> false);

        assertThat(rows).isEqualTo(store.history.count(missed));
        assertThat(lines(file)).hasSize((int) rows + 1);
        assertThat(lastReported.get()).isEqualTo(rows);
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() throws Exception {
        Instant t = Instant.parse("2026-03-13T12:00:00Z");
        for (int i = 0; i < HistoryExport.PAGE + 1; i++) {
            store.add(t.plusSeconds(i), CallStatus.COMPLETED, Direction.INBOUND, null);
        }
        Path file = out.resolve("h.csv");
        AtomicLong pages = new AtomicLong();

        assertThatThrownBy(() -> store.export().export(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS), file,
                (w, total) -> pages.incrementAndGet(), () -> pages.get() > 1))
                .isInstanceOf(CancellationException.class);

        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
