package br.com.jttelecom.console.ui.history;

import javafx.scene.media.MediaException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a downloaded recording cannot be played here, each with its sentence ({@code recording.cannotPlay.*}).
 *
 * <p>JavaFX says only "Could not create player!" both when there is no sound output (ALSA finds no
 * device) and when the MP3/AAC decoder, the system's FFmpeg libavcodec, is missing or of a version it
 * does not load. A WAV needs no decoder, so {@link #of} asks whether a WAV plays here to tell them apart.
 */
public enum PlaybackProblem {
    /** No sound output: no sound card, no sound server, nothing ALSA can open. */
    NO_AUDIO_OUTPUT,
    /** Sound works, but this MP3/AAC needs libavcodec (FFmpeg 56–60 on Linux) and none was loaded. */
    NO_DECODER,
    /** The file itself is not audio the player reads (compressed WAV, a broken file). */
    UNREADABLE;

    String messageKey() {
        return "recording.cannotPlay." + name();
    }

    /**
     * @param wavPlaysHere asked only when the cause is ambiguous: whether a player for a plain WAV can be made
     */
    static PlaybackProblem of(MediaException error, Path file, java.util.function.BooleanSupplier wavPlaysHere) {
        MediaException.Type type = error.getType();
        if (type == MediaException.Type.MEDIA_UNSUPPORTED || type == MediaException.Type.MEDIA_CORRUPTED
                || type == MediaException.Type.MEDIA_INACCESSIBLE || type == MediaException.Type.MEDIA_UNAVAILABLE
                || String.valueOf(error.getMessage()).contains("ERROR_MEDIA_INVALID")) {
            return UNREADABLE;
        }
        if (isWav(file)) {
            return NO_AUDIO_OUTPUT;
        }
        return wavPlaysHere.getAsBoolean() ? NO_DECODER : NO_AUDIO_OUTPUT;
    }

    private static boolean isWav(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
    }
}
