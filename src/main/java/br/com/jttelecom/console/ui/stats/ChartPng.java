package br.com.jttelecom.console.ui.stats;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves a node as a PNG. The snapshot's pixels are copied into an AWT image by hand, which is all
 * {@code SwingFXUtils} would do: it spares the console the javafx-swing module.
 */
final class ChartPng {

    private ChartPng() {
    }

    /** Takes the snapshot: call on the FX thread. */
    static WritableImage snapshot(Node node) {
        return node.snapshot(null, null);
    }

    /** Encodes and writes it: any thread. */
    static void write(WritableImage image, Path target) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        if (!ImageIO.write(out, "png", target.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
