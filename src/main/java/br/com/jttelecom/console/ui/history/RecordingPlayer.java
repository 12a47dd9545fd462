package br.com.jttelecom.console.ui.history;

import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plays the detail's downloaded recording through JavaFX media, driven by {@link RecordingControls}
 * (play/pause, seek, −10 s/+10 s, speed) and reporting back to it. When the media stack cannot play
 * the file (no sound output, no MP3/AAC decoder, a file it cannot read), the detail says why and
 * offers to save it: the {@link MediaException} never escapes.
 */
final class RecordingPlayer {

    private final CallDetailViewModel viewModel;
    private final RecordingControls controls;
    private MediaPlayer player;

    RecordingPlayer(CallDetailViewModel viewModel, RecordingControls controls) {
        this.viewModel = viewModel;
        this.controls = controls;
        viewModel.recordingFileProperty().addListener((obs, old, file) -> load(file));
        controls.playingProperty().addListener((obs, was, now) -> {
            if (player == null) {
                return;
            }
            if (now) {
                player.play();
            } else if (player.getStatus() == MediaPlayer.Status.PLAYING) {
                player.pause();
            }
        });
        controls.speedProperty().addListener((obs, old, now) -> {
            if (player != null) {
                player.setRate(now.doubleValue());
            }
        });
        controls.seekWith(seconds -> {
            if (player != null) {
                player.seek(Duration.seconds(seconds));
            }
        });
    }

    private void load(Path file) {
        stop();
        if (file == null) {
            return;
        }
        MediaPlayer next;
        try {
            next = new MediaPlayer(new Media(file.toUri().toString()));
        } catch (MediaException e) {
            failed(e, file);
            return;
        }
        player = next;
        next.setRate(controls.speedProperty().get());
        next.setOnReady(() -> controls.loaded(java.time.Duration.ofMillis((long) next.getTotalDuration().toMillis())));
        next.currentTimeProperty().addListener((obs, old, now) ->
                controls.at(java.time.Duration.ofMillis((long) now.toMillis())));
        // Paused at the start rather than stopped: a stopped player ignores seeks until it plays again.
        next.setOnEndOfMedia(() -> {
            next.pause();
            next.seek(Duration.ZERO);
            controls.ended();
        });
        next.setOnError(() -> {
            if (player == next) {
                failed(next.getError(), file);
            }
        });
    }

    private void failed(MediaException error, Path file) {
        stop();
        viewModel.playbackFailed(PlaybackProblem.of(error, file, () -> wavPlaysBeside(file)));
    }

    /** Whether a player for a short silent WAV can be made here: then sound works, and only the decoder is missing. */
    private static boolean wavPlaysBeside(Path file) {
        Path probe = null;
        try {
            probe = Files.createTempFile(file.toAbsolutePath().getParent(), "sondagem-", ".wav");
            Files.write(probe, silentWav());
            MediaPlayer p = new MediaPlayer(new Media(probe.toUri().toString()));
            p.dispose();
            return true;
        } catch (MediaException | IOException e) {
            return false;
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // A leftover probe in the app's download folder is removed with it.
                }
            }
        }
    }

    /** A tenth of a second of silence, 8 kHz mono 16-bit PCM. */
    private static byte[] silentWav() {
        int dataBytes = 1600;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
        b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        b.putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        return b.array();
    }

    /** The player of the current file, if one could be made. */
    MediaPlayer media() {
        return player;
    }

    void stop() {
        controls.unloaded();
        if (player != null) {
            player.dispose();
            player = null;
        }
    }
}
