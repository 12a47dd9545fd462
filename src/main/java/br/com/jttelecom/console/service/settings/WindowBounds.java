package br.com.jttelecom.console.service.settings;

import java.util.Locale;
import java.util.Optional;

/** Where the main window was and how big, stored as {@code x,y,width,height,maximized}. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** A damaged or absurd value is ignored: the window then opens at its default place. */
    public static Optional<WindowBounds> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowBounds b = new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4].strip()));
            boolean finite = Double.isFinite(b.x) && Double.isFinite(b.y) && Double.isFinite(b.width) && Double.isFinite(b.height);
            return finite && b.width >= MIN_WIDTH && b.height >= MIN_HEIGHT ? Optional.of(b) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
