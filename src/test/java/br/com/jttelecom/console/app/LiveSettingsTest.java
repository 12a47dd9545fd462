package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.launch.UsageException;
import br.com.jttelecom.console.app.wiring.LiveSettingsComposition;
import br.com.jttelecom.console.service.settings.LiveSettings;
import br.com.jttelecom.console.service.settings.SettingsForm;
import br.com.jttelecom.console.service.settings.SettingsSaved;
import br.com.jttelecom.console.service.settings.Theme;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.RecordedRequest;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import br.com.jttelecom.console.ui.shell.MainWindowViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Configurações saved by an admin take effect without a restart, seen where they act: the next dial
 * string at the simulator, the calls poller's requests at the simulator, the rate at which requests
 * reach it, the history sync's interval and the window's theme.
 */
class LiveSettingsTest {

    @TempDir
    Path dataDir;
    private ApiFixture console;
    private PbxSimulator sim;

    @BeforeEach
    void start() throws UsageException {
        // A slow poll to start with, so a poll seen soon after the save can only come from the new interval.
        console = new ApiFixture(dataDir, Map.of(LiveSettings.KEY_CALLS_POLL, "60"));
        sim = console.runtime.simulator().orElseThrow();
        console.admin.accounts().signIn("admin", ApiFixture.PASSWORDS.get("admin").toCharArray());
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private SettingsSaved save(String rps, String pollSeconds, String syncMinutes, String ddd, String theme) {
        return console.admin.settingsAdmin().save(new SettingsForm(sim.baseUrl(), "demo", "", rps, pollSeconds,
                syncMinutes, "4", "7", "3", ddd, false, "0", "00", "pt", theme));
    }

    private SettingsSaved saveTuning(String trailingHours, String reconcileDays, String inFlight) {
        return console.admin.settingsAdmin().save(new SettingsForm(sim.baseUrl(), "demo", "", "5", "60", "5",
                trailingHours, reconcileDays, inFlight, "48", false, "0", "00", "pt", "light"));
    }

    private List<String> dialled() {
        return sim.requests().stream().filter(r -> r.action().equals("discar_numero"))
                .map(r -> r.param("numero_destino")).toList();
    }

    private long after(Instant mark, String action) {
        return sim.requests().stream().filter(r -> r.action().equals(action) && !r.at().isBefore(mark)).count();
    }

    @Test
    void aSavedDddChangesTheNextDialString() {
        var dialer = console.runtime.calls().orElseThrow().clickToCall();
        assertThat(dialer.dialNumber("(11) 98765-4321").join().started()).isTrue();

        save("5", "60", "5", "11", "light");
        assertThat(dialer.dialNumber("(11) 98765-4322").join().started()).isTrue();

        // DDD 48 (the default): long distance to 11; after the save 11 is local and dialled alone.
        assertThat(dialled()).containsExactly("011987654321", "987654322");
    }

    @Test
    void aSavedPollIntervalChangesThePoller() {
        var tracker = console.runtime.calls().orElseThrow().tracker();
        assertThat(tracker.interval()).isEqualTo(Duration.ofSeconds(60));
        tracker.watchExtension("201"); // as while the agent is in the queue: every round asks for the online calls
        Instant mark = Instant.now();

        save("5", "1", "5", "48", "light");

        assertThat(tracker.interval()).isEqualTo(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> after(mark, "listar_chamadas_online") >= 2);
    }

    @Test
    void aSavedRateLimitPacesTheNextRequests() {
        save("2", "60", "5", "48", "light");
        Instant mark = Instant.now();
        var client = console.runtime.pabxClient().orElseThrow();
        for (int i = 0; i < 5; i++) {
            client.testConnection();
        }

        List<Instant> at = sim.requests().stream().filter(r -> r.action().equals("listar_ramais") && !r.at().isBefore(mark))
                .map(RecordedRequest::at).toList();
        // Two a second: five requests span four half-seconds (the default five a second would take 0.8 s).
        assertThat(Duration.between(at.get(0), at.get(at.size() - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aSavedSyncIntervalAndThemeApplyAtOnce() {
        var window = new MainWindowViewModel(console.runtime.messages(), console.runtime.preferences(),
                console.runtime.connectionMonitor(), new InlineTaskRunner(), true, "admin");
        Runnable detach = LiveSettingsComposition.applyTheme(console.admin.settingsAdmin(), window, new InlineTaskRunner());
        assertThat(window.themeProperty().get()).isEqualTo(Theme.LIGHT);

        SettingsSaved saved = save("5", "60", "15", "48", "dark");

        assertThat(window.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(console.runtime.historySync().orElseThrow().settings().interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(saved.changed()).contains(LiveSettings.KEY_HISTORY_SYNC, LiveSettings.KEY_THEME);
        detach.run();
        window.dispose();
    }

    @Test
    void aSavedSyncTuningReachesTheNextSync() {
        save("5", "60", "5", "48", "light"); // the first save writes the demo simulator's address
        var sync = console.runtime.historySync().orElseThrow();
        sync.syncNow().join(); // the first sync: from here on each sync re-reads the trailing hours
        Instant mark = Instant.now();

        SettingsSaved saved = saveTuning("20", "0", "1");
        sync.syncNow().join();

        assertThat(sync.settings().trailing()).isEqualTo(Duration.ofHours(20));
        assertThat(sync.settings().reconcileDays()).isZero();
        assertThat(sync.settings().inFlight()).isEqualTo(1);
        assertThat(saved.needsRestart()).isFalse();
        // The next sync reaches 20 hours back (the default re-read is 4 hours): its earliest history request
        // starts at least 19 hours before now, São Paulo time.
        DateTimeFormatter at = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        LocalDateTime earliest = sim.requests().stream()
                .filter(r -> r.action().equals("listar_historico_chamada") && !r.at().isBefore(mark))
                .map(r -> LocalDateTime.parse(r.param("data_inicial") + " " + r.param("hora_inicial"), at))
                .min(Comparator.naturalOrder()).orElseThrow();
        assertThat(earliest).isBefore(LocalDateTime.now(ZoneId.of("America/Sao_Paulo")).minusHours(19));
    }

    @Test
    void onlyTheAddressUserTokenOrLanguageWaitForARestart() {
        save("5", "60", "5", "48", "light"); // the first save writes the demo simulator's address
        assertThat(save("7", "30", "10", "21", "dark").needsRestart()).isFalse();
        assertThat(console.admin.settingsAdmin().save(new SettingsForm(sim.baseUrl(), "demo", "", "7", "30", "10",
                "4", "7", "3", "21", false, "0", "00", "en", "dark")).needsRestart()).isTrue();
    }
}
