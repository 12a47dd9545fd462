package br.com.jttelecom.console.ui.tray;

import br.com.jttelecom.console.model.OperatorState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws the tray icon: a disc in the colour of the agent's state (the colours the console's status
 * uses) and, when calls rang unanswered, a red badge with their count. Pure drawing: no display needed.
 */
final class TrayImages {

    // AtlantaFX Primer's success, accent, warning, danger and muted colours: AWT cannot read the CSS.
    static final Color AVAILABLE = new Color(0x1a7f37);
    static final Color ON_CALL = new Color(0x0969da);
    static final Color WRAP_UP = new Color(0x9a6700);
    static final Color PAUSED = new Color(0xbc4c00);
    static final Color LOGGED_OUT = new Color(0x6e7781);
    static final Color BADGE = new Color(0xcf222e);

    private TrayImages() {
    }

    static BufferedImage draw(OperatorState state, int missed, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int pad = Math.max(1, size / 16);
            g.setColor(colour(state));
            g.fillOval(pad, pad, size - 2 * pad, size - 2 * pad);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(Math.max(1f, size / 16f)));
            g.drawOval(pad, pad, size - 2 * pad - 1, size - 2 * pad - 1);
            if (missed > 0) {
                badge(g, missed > 99 ? "99+" : Integer.toString(missed), size);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void badge(Graphics2D g, String text, int size) {
        int d = Math.max(8, size * 5 / 8);
        int x = size - d;
        g.setColor(BADGE);
        g.fillOval(x, 0, d, d);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(6, d * (text.length() > 1 ? 5 : 7) / 10)));
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, x + (d - m.stringWidth(text)) / 2, (d - m.getHeight()) / 2 + m.getAscent());
    }

    static Color colour(OperatorState state) {
        return switch (state) {
            case AVAILABLE -> AVAILABLE;
            case RINGING, TALKING -> ON_CALL;
            case WRAP_UP -> WRAP_UP;
            case PAUSED -> PAUSED;
            case LOGGED_OUT -> LOGGED_OUT;
        };
    }
}
