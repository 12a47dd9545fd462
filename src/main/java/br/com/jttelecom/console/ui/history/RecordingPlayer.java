package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.Durations;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

import java.nio.file.Path;

/**
 * Plays the detail's downloaded recording: play/pause and a seek slider. The media stack may be
 * missing (headless tests, a desktop without codecs): any {@link MediaException} becomes the
 * view-model's "cannot play" message, never a crash.
 */
final class RecordingPlayer {

    private final CallDetailViewModel viewModel;
    private final Button play;
    private final Slider seek;
    private final Label position;
    private final Messages messages;
    private MediaPlayer player;

    RecordingPlayer(CallDetailViewModel viewModel, Button play, Slider seek, Label position, Messages messages) {
        this.viewModel = viewModel;
        this.play = play;
        this.seek = seek;
        this.position = position;
        this.messages = messages;
        play.setDisable(true);
        seek.setDisable(true);
        play.setText(messages.get("recording.play"));
        viewModel.recordingFileProperty().addListener((obs, old, file) -> load(file));
        seek.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing && player != null) {
                player.seek(Duration.seconds(seek.getValue()));
            }
        });
        seek.setOnMouseReleased(e -> {
            if (player != null) {
                player.seek(Duration.seconds(seek.getValue()));
            }
        });
    }

    private void load(Path file) {
        stop();
        play.setDisable(true);
        seek.setDisable(true);
        position.setText("");
        if (file == null) {
            return;
        }
        try {
            MediaPlayer next = new MediaPlayer(new Media(file.toUri().toString()));
            next.setOnError(() -> failed());
            next.setOnReady(() -> {
                seek.setMax(Math.max(0.1, next.getTotalDuration().toSeconds()));
                play.setDisable(false);
                seek.setDisable(false);
            });
            next.currentTimeProperty().addListener((obs, old, now) -> {
                if (!seek.isValueChanging()) {
                    seek.setValue(now.toSeconds());
                }
                position.setText(Durations.format(java.time.Duration.ofMillis((long) now.toMillis())));
            });
            next.setOnEndOfMedia(() -> {
                next.stop();
                play.setText(messages.get("recording.play"));
            });
            player = next;
        } catch (MediaException | UnsupportedOperationException | IllegalStateException e) {
            failed();
        }
    }

    private void failed() {
        stop();
        play.setDisable(true);
        seek.setDisable(true);
        viewModel.playbackFailed();
    }

    void toggle() {
        if (player == null) {
            return;
        }
        if (player.getStatus() == MediaPlayer.Status.PLAYING) {
            player.pause();
            play.setText(messages.get("recording.play"));
        } else {
            player.play();
            play.setText(messages.get("recording.pause"));
        }
    }

    void stop() {
        if (player != null) {
            player.dispose();
            player = null;
        }
    }
}
