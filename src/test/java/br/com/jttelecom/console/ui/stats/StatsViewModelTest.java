package br.com.jttelecom.console.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.service.settings.Preferences;
import br.com.jttelecom.console.service.stats.Stats;
import br.com.jttelecom.console.service.stats.StatsExport;
import br.com.jttelecom.console.service.stats.StatsPreset;
import br.com.jttelecom.console.service.stats.StatsScope;
import br.com.jttelecom.console.store.calls.CallRepository;
import br.com.jttelecom.console.store.calls.CallStatsRepository;
import br.com.jttelecom.console.store.Database;
import br.com.jttelecom.console.store.OperatorSpanQuery;
import br.com.jttelecom.console.store.SettingsFile;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stats tab's state without a stage, over a real H2 file. */
class StatsViewModelTest {

    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z"); // 12:00 in São Paulo

    @TempDir
    Path folder;
    private Database db;
    private CallRepository calls;
    private StatsViewModel model;

    @BeforeEach
    void start() {
        db = Database.openFolder(folder);
        calls = new CallRepository(db.jdbi());
        model = model();
        add(NOW.minus(Duration.ofHours(1)), CallStatus.COMPLETED, 90);
        add(NOW.minus(Duration.ofHours(2)), CallStatus.COMPLETED, 30);
        add(NOW.minus(Duration.ofHours(2)), CallStatus.MISSED, 0);
        add(NOW.minus(Duration.ofDays(1)), CallStatus.COMPLETED, 60); // yesterday: the previous period of "hoje"
        add(NOW.minus(Duration.ofDays(3)), CallStatus.MISSED, 0);
    }

    private StatsViewModel model() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Stats stats = new Stats(new CallStatsRepository(db.jdbi()), new OperatorSpanQuery(db.jdbi()), clock, SP);
        return new StatsViewModel(Messages.portuguese(), stats, new StatsExport(Messages.portuguese(),
                br.com.jttelecom.console.service.accounts.AuditTrail.on(db.jdbi(), new br.com.jttelecom.console.service.accounts.Session(), clock)),
                new InlineTaskRunner(), clock, SP, StatsScope::all,
                new Preferences(SettingsFile.open(folder)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void todayShowsTheCardsComparedWithYesterday() {
        model.reload();
        assertThat(card("total").value()).isEqualTo("3");
        assertThat(card("total").comparison()).isEqualTo("↑ 200% vs período anterior");
        assertThat(card("total").rising()).isTrue();
        assertThat(card("avgDuration").value()).isEqualTo("1:00");
        assertThat(card("answerRate").value()).isEqualTo("66,7%");
        assertThat(card("answerRate").rising()).isFalse();
        // A rate moves in percentage points: 100 % yesterday to 66,7 % today is 33,3 points down, not "↓ 33,3%".
        assertThat(card("answerRate").comparison()).isEqualTo("↓ 33,3 p.p. vs período anterior");
        // Colours say good or bad news, not up or down: a lower answer rate is bad, more calls are neither.
        assertThat(card("answerRate").better()).isFalse();
        assertThat(card("total").better()).isNull();
        assertThat(card("tme").value()).isEqualTo("—");
        assertThat(card("tme").comparison()).isEqualTo("sem comparação");
    }

    /** The service level is a rate too: 100 % yesterday to 50 % today is 50 points down. */
    @Test
    void theServiceLevelChangeIsInPercentagePoints() {
        inbound(NOW.minus(Duration.ofHours(1)), 10); // answered within the 20 s
        inbound(NOW.minus(Duration.ofHours(1)), 40); // answered after them
        inbound(NOW.minus(Duration.ofDays(1)), 5);

        model.reload();

        assertThat(card("serviceLevel").value()).isEqualTo("50%");
        assertThat(card("serviceLevel").comparison()).isEqualTo("↓ 50 p.p. vs período anterior");
        assertThat(card("serviceLevel").better()).isFalse();
    }

    @Test
    void choosingAnotherPeriodRecalculates() {
        model.reload();
        model.presetProperty().set(StatsPreset.LAST_7_DAYS);
        assertThat(card("total").value()).isEqualTo("5");
        assertThat(card("missed").value()).isEqualTo("2");
    }

    @Test
    void theChosenPeriodComesBackAfterARestart() {
        model.presetProperty().set(StatsPreset.CUSTOM);
        model.customFromProperty().set(java.time.LocalDate.of(2026, 11, 1));
        model.customToProperty().set(java.time.LocalDate.of(2026, 11, 19));

        StatsViewModel reopened = model(); // a new window on the same preferences file
        assertThat(reopened.presetProperty().get()).isEqualTo(StatsPreset.CUSTOM);
        assertThat(reopened.customFromProperty().get()).isEqualTo(java.time.LocalDate.of(2026, 11, 1));
        assertThat(reopened.customToProperty().get()).isEqualTo(java.time.LocalDate.of(2026, 11, 19));
        assertThat(reopened.cards()).as("nothing is computed before the page shows").isEmpty();
    }

    @Test
    void newCallsShowOnTheLiveUpdate() {
        model.reload();
        add(NOW.minus(Duration.ofMinutes(5)), CallStatus.BUSY, 0);
        model.liveUpdate();
        assertThat(card("total").value()).isEqualTo("4");
        assertThat(card("busy").value()).isEqualTo("1");
    }

    @Test
    void liveUpdateWaitsUntilThePageWasShown() {
        model.liveUpdate();
        assertThat(model.cards()).isEmpty();
    }

    @Test
    void csvExportWritesTheCardsWithBomAndSemicolons() throws Exception {
        model.reload();
        Path target = folder.resolve("estatisticas.csv");
        model.exportCsv(target);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFIndicador;Período;Período anterior;Variação\r\n");
        assertThat(text).contains("Total de chamadas;3;1;↑ 200,0%\r\n", "Taxa de sucesso;0,6667;1,0000;↓ 33,3 p.p.\r\n",
                "Duração média;60,0;60,0;0,0%\r\n", "Hora;Em andamento;Atendida;Não atendida;Falhou;Ocupado\r\n",
                "10;0;1;1;0;0\r\n");
        assertThat(model.statusProperty().get()).isEqualTo("Arquivo salvo: estatisticas.csv");
    }

    @Test
    void theExportsDefaultFileNameCarriesItsPeriod() {
        assertThat(model.suggestedFileName("estatisticas", "csv")).isEqualTo("estatisticas.csv");
        model.reload();
        assertThat(model.suggestedFileName("estatisticas", "csv")).isEqualTo("estatisticas_2026-11-20.csv");
        model.presetProperty().set(StatsPreset.LAST_7_DAYS);
        assertThat(model.suggestedFileName("graficos", "png")).matches("graficos_2026-11-1\\d_a_2026-11-20\\.png");
    }

    private StatsCard card(String key) {
        return model.cards().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private void inbound(Instant start, int waitSeconds) {
        Duration talk = Duration.ofSeconds(60);
        Duration wait = Duration.ofSeconds(waitSeconds);
        calls.insert(new Call(null, null, null, null, "+5548991234567", Direction.INBOUND, wait.plus(talk),
                CallStatus.COMPLETED, start, start.plus(wait).plus(talk), null, null, null, "201", "Ana Souza", wait,
                talk, null, null, null, null, null, null));
    }

    private void add(Instant start, CallStatus status, int seconds) {
        Duration d = Duration.ofSeconds(seconds);
        calls.insert(new Call(null, null, null, null, "+5548991234567", Direction.OUTBOUND, d, status, start,
                start.plus(d), null, null, null, "201", "Ana Souza", null, d, null, null, null, null, null, null));
    }
}
