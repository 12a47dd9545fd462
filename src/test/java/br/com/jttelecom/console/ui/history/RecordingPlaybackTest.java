package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.phone.DialPlan;
import br.com.jttelecom.console.phone.PhoneNumbers;
import br.com.jttelecom.console.service.history.HistoryFixture;
import br.com.jttelecom.console.service.history.Recordings;
import br.com.jttelecom.console.ui.InlineTaskRunner;
import com.sun.net.httpserver.HttpServer;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detail's player with the real JavaFX media stack, headless: the surefire run sends sound to ALSA's null
 * device, so a WAV really plays here. Recordings come over HTTP, as the PBX serves them.
 */
class RecordingPlaybackTest {

    static final Instant NOW = Instant.parse("2026-03-15T15:00:00Z");

    @TempDir
    Path folder;
    @TempDir
    Path downloads;
    HistoryFixture store;
    HttpServer server;
    Messages messages = Messages.portuguese();
    CallDetailViewModel viewModel;
    RecordingControls controls;
    RecordingPlayer player;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        store = new HistoryFixture(folder, NOW);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/trinta-segundos.wav", pcmWav(30));
        serve("/comprimida.wav", compressedWav());
        serve("/quatro-segundos.mp3", resource("/recordings/quatro-segundos.mp3"));
        server.start();
        viewModel = new CallDetailViewModel(messages, store.history, new Recordings(downloads),
                new CallTexts(messages, new PhoneNumbers(DialPlan.defaults()), HistoryFixture.SAO_PAULO,
                        java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)),
                new InlineTaskRunner(), Runnable::run, java.util.List::of);
    }

    @AfterEach
    void stop() throws Exception {
        if (player != null) {
            fx(() -> {
                player.stop();
                return null;
            });
        }
        FxToolkit.cleanupStages();
        server.stop(0);
        store.close();
    }

    @Test
    void aWavPlaysToItsEndSeeksAndChangesSpeed() throws Exception {
        openInAPlayer("/trinta-segundos.wav");
        assertThat(fx(() -> viewModel.recordingMessageProperty().get())).as("the player could not play here").isEmpty();
        assertThat(fx(() -> controls.lengthProperty().get())).isEqualTo(30.0);

        fx(() -> {
            controls.seek(20);
            controls.back();
            controls.speed(2.0);
            return null;
        });
        // The controls' position, not the paused media's clock: a paused MediaPlayer may report its new time only
        // once it plays (it stayed at the old one for 15 s in one fresh-clone run).
        until(() -> Math.abs(controls.positionProperty().get() - 10) < 0.2);
        assertThat(fx(() -> player.media().getRate())).isEqualTo(2.0);

        // The last two seconds, at 2×: it plays to its end in about one second of real time, even on a busy machine
        // (ten seconds of playing waited for here timed out in a fresh-clone run under load).
        fx(() -> {
            controls.seek(28);
            return null;
        });
        until(() -> Math.abs(controls.positionProperty().get() - 28) < 0.2); // from 0 it could not end within the wait at 2×
        // The media's own status is heard, not polled: two seconds at 2× can be over between two looks.
        java.util.concurrent.atomic.AtomicBoolean played = new java.util.concurrent.atomic.AtomicBoolean();
        fx(() -> {
            player.media().statusProperty().addListener((obs, old, now) -> {
                if (now == MediaPlayer.Status.PLAYING) {
                    played.set(true);
                }
            });
            controls.togglePlay();
            return null;
        });
        until(() -> played.get() && !controls.playingProperty().get());
        assertThat(fx(() -> viewModel.recordingMessageProperty().get())).as("it played, it did not fail").isEmpty();
        assertThat(fx(() -> controls.positionProperty().get())).as("back at the start after the end").isZero();
        assertThat(fx(() -> controls.playTextProperty().get())).isEqualTo("Tocar");
    }

    /** MP3 goes through FFmpeg's libavcodec, which .ci/run installs and the packages recommend: it plays, to its end. */
    @Test
    void anMp3PlaysToItsEnd() throws Exception {
        openInAPlayer("/quatro-segundos.mp3");
        assertThat(fx(() -> viewModel.recordingMessageProperty().get())).as("the player could not play the MP3").isEmpty();
        assertThat(fx(() -> controls.lengthProperty().get())).isBetween(3.5, 4.5);

        java.util.concurrent.atomic.AtomicBoolean played = new java.util.concurrent.atomic.AtomicBoolean();
        fx(() -> {
            player.media().statusProperty().addListener((obs, old, now) -> {
                if (now == MediaPlayer.Status.PLAYING) {
                    played.set(true);
                }
            });
            controls.speed(2.0);
            controls.togglePlay();
            return null;
        });
        until(() -> played.get() && !controls.playingProperty().get());
        assertThat(fx(() -> viewModel.recordingMessageProperty().get())).as("it played, it did not fail").isEmpty();
        assertThat(fx(() -> controls.positionProperty().get())).as("back at the start after the end").isZero();
    }

    @Test
    void theDetailPanelPlaysWithItsButtonsAndSpeeds() throws Exception {
        Parent root = panel();
        fx(() -> {
            viewModel.open(stored("/trinta-segundos.wav").id());
            return null;
        });
        Button play = robot.lookup("#playButton").queryAs(Button.class);
        Label position = robot.lookup("#positionLabel").queryAs(Label.class);
        Label message = robot.lookup("#recordingMessage").queryAs(Label.class);
        until(() -> !play.isDisabled() || !message.getText().isEmpty());
        assertThat(fx(message::getText)).as("the player could not play here").isEmpty();
        assertThat(fx(position::getText)).isEqualTo("0:00 / 0:30");

        robot.clickOn("+10 s").clickOn("+10 s").clickOn("−10 s");
        until(() -> position.getText().equals("0:10 / 0:30"));
        robot.clickOn("1,5×");
        assertThat(fx(() -> robot.lookup("1,5×").queryAs(ToggleButton.class).isSelected())).isTrue();
        assertThat(fx(() -> robot.lookup("1×").queryAs(ToggleButton.class).isSelected())).isFalse();
        assertThat(fx(() -> robot.lookup("#saveButton").queryAs(Button.class).isDisabled())).isFalse();

        robot.clickOn("Fechar");
        until(() -> !robot.lookup("#detailPanel").query().isVisible());
        assertThat(fx(play::isDisabled)).as("closing drops the player").isTrue();
    }

    @Test
    void aFileThePlayerCannotReadSaysWhyAndOffersToSaveIt() throws Exception {
        panel();
        fx(() -> {
            viewModel.open(stored("/comprimida.wav").id());
            return null;
        });
        Label message = robot.lookup("#recordingMessage").queryAs(Label.class);
        until(() -> !message.getText().isEmpty() && !message.getText().equals("Baixando a gravação…"));

        assertThat(fx(message::getText)).isEqualTo("Não dá para tocar a gravação: o arquivo não está num formato de áudio "
                + "que o console lê. Use \"Salvar gravação\" para abri-lo em outro programa.");
        assertThat(fx(() -> robot.lookup("#playButton").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("+10 s").queryAs(Button.class).isDisabled())).isTrue();
        Button save = robot.lookup("#saveButton").queryAs(Button.class);
        assertThat(fx(save::isDisabled)).isFalse();
        assertThat(fx(save::getText)).isEqualTo("Salvar gravação");
    }

    private Parent panel() throws Exception {
        return fx(() -> {
            FXMLLoader loader = new FXMLLoader(getClass().getResource("/fxml/history/CallDetail.fxml"), messages.bundle());
            loader.setControllerFactory(type -> new CallDetailView(viewModel, messages));
            Parent root = loader.load();
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 420, 700));
            stage.show();
            return root;
        });
    }

    private Call stored(String path) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        Call c = HistoryFixture.call(Instant.parse("2026-03-14T18:00:00Z"), CallStatus.COMPLETED, Direction.OUTBOUND,
                null, "201", Duration.ofSeconds(30));
        return store.calls.insert(new Call(null, null, null, null, c.phoneNumber(), c.direction(), c.duration(), c.status(),
                c.startTime(), c.endTime(), url, "ext-1", null, c.extension(), c.operator(), Duration.ofSeconds(4),
                Duration.ofSeconds(26), null, 200, null, null, null, null));
    }

    /** The call whose recording is at {@code path}, opened in a player of its own; once it is ready or says why not. */
    private void openInAPlayer(String path) throws Exception {
        fx(() -> {
            controls = new RecordingControls(messages);
            player = new RecordingPlayer(viewModel, controls);
            viewModel.open(stored(path).id());
            return null;
        });
        until(() -> controls.readyProperty().get() || !viewModel.recordingMessageProperty().get().isEmpty());
    }

    private static byte[] resource(String name) throws java.io.IOException {
        try (var in = RecordingPlaybackTest.class.getResourceAsStream(name)) {
            return java.util.Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private void serve(String path, byte[] body) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", "audio/wav");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
    }

    /** {@code seconds} of a quiet 440 Hz tone, 8 kHz mono 16-bit PCM, as the PBX records calls. */
    private static byte[] pcmWav(int seconds) {
        int samples = 8000 * seconds;
        ByteBuffer b = header(1, samples * 2);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * 440 * i / 8000.0) * 3000));
        }
        return b.array();
    }

    /** A WAV whose audio is MP3 inside (format tag 0x55): JavaFX plays only uncompressed WAV. */
    private static byte[] compressedWav() {
        ByteBuffer b = header(0x55, 4000);
        b.put(new byte[4000]);
        return b.array();
    }

    private static ByteBuffer header(int format, int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        b.putShort((short) format).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        return b;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
