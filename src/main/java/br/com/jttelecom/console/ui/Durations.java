package br.com.jttelecom.console.ui;

import java.time.Duration;

/** {@code 03:07} under an hour, {@code 1:03:07} past it: what a call timer (and the live board) shows. */
public final class Durations {

    private Durations() {
    }

    public static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%02d:%02d", m, sec);
    }
}
