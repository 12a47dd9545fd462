package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.ui.Durations;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The player's controls as state, without the media stack: play/pause, where it is, seek, −10 s/+10 s
 * and the speed. The view binds buttons and the slider to it; {@link RecordingPlayer} turns it into
 * {@code MediaPlayer} calls and reports back what the player does (ready, position, end). Kept apart
 * so that the controls are tested where no audio can be played.
 */
public final class RecordingControls {

    /** The speeds offered, slowest first: listening again to a long call at 1.5× or 2× is the common case. */
    public static final List<Double> SPEEDS = List.of(1.0, 1.5, 2.0);
    /** How far −10 s / +10 s jump. */
    static final double SKIP_SECONDS = 10;

    private final Messages messages;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper length = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper playText = new ReadOnlyStringWrapper();
    private DoubleConsumer seeker = seconds -> { };

    public RecordingControls(Messages messages) {
        this.messages = messages;
        playText.set(messages.get("recording.play"));
        playing.addListener((obs, was, now) -> playText.set(messages.get(now ? "recording.pause" : "recording.play")));
        position.addListener((obs, old, now) -> showPosition());
        length.addListener((obs, old, now) -> showPosition());
    }

    /** Where a seek goes: the player, once it has a file. */
    void seekWith(DoubleConsumer seeker) {
        this.seeker = seeker;
    }

    /** The player has the file open and knows its length: the controls can be used. */
    public void loaded(Duration total) {
        length.set(Math.max(0, total.toMillis() / 1000.0));
        position.set(0);
        ready.set(true);
    }

    /** No file, or one that cannot be played: every control off, speed kept for the next one. */
    public void unloaded() {
        ready.set(false);
        playing.set(false);
        length.set(0);
        position.set(0);
        positionText.set("");
    }

    /**
     * The player says where it is now. Heard only while playing: a paused or ended player may still report a
     * time from before (its last frame after the end, its old place after a seek), which would move the
     * position away from where the person put it or from the start it went back to.
     */
    public void at(Duration now) {
        if (playing.get()) {
            position.set(clamp(now.toMillis() / 1000.0));
        }
    }

    /** The recording reached its end: back to the start, stopped, so that Tocar plays it again. */
    public void ended() {
        playing.set(false);
        position.set(0);
    }

    public void togglePlay() {
        if (ready.get()) {
            playing.set(!playing.get());
        }
    }

    /** The slider was let go at {@code seconds}. */
    public void seek(double seconds) {
        if (!ready.get()) {
            return;
        }
        double target = clamp(seconds);
        position.set(target);
        seeker.accept(target);
    }

    public void back() {
        seek(position.get() - SKIP_SECONDS);
    }

    public void forward() {
        seek(position.get() + SKIP_SECONDS);
    }

    /** One of {@link #SPEEDS}; anything else is ignored. */
    public void speed(double rate) {
        if (SPEEDS.contains(rate)) {
            speed.set(rate);
        }
    }

    /** "1×", "1,5×" in pt-BR, "1.5×" in English. */
    public String speedText(double rate) {
        return messages.get("recording.speed", rate);
    }

    private double clamp(double seconds) {
        return Math.max(0, Math.min(length.get(), seconds));
    }

    private void showPosition() {
        positionText.set(Durations.format(Duration.ofMillis((long) (position.get() * 1000)))
                + " / " + Durations.format(Duration.ofMillis((long) (length.get() * 1000))));
    }

    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty lengthProperty() { return length.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty speedProperty() { return speed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty positionTextProperty() { return positionText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty playTextProperty() { return playText.getReadOnlyProperty(); }
}
