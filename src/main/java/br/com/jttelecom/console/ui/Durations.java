package br.com.jttelecom.console.ui;

import java.time.Duration;
import java.util.Locale;

/**
 * The one way a length of time reads on screen: {@code 1:10} under an hour, {@code 1:03:07} past it, whole
 * seconds with the fraction dropped (as {@link br.com.jttelecom.console.model.CallTimes} counts them). The call
 * timer, the live board, the history, the call detail and the lead card all use it, so the same call reads the
 * same everywhere.
 */
public final class Durations {

    private Durations() {
    }

    /** {@code m:ss} / {@code h:mm:ss}; a negative length reads {@code 0:00}; {@code null} (unknown) reads empty. */
    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.max(0, d.toSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
