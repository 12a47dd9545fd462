package br.com.jttelecom.console.ui.stats;

import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A node's snapshot as ARGB pixels, for the stats export to encode as PNG. The pixels are copied by
 * hand, which is all {@code SwingFXUtils} would do: it spares the console the javafx-swing module.
 */
final class ChartPng {

    /** The pixels, row after row. */
    record Pixels(int width, int height, int[] argb) {
    }

    private ChartPng() {
    }

    /** Takes the snapshot: call on the FX thread. */
    static WritableImage snapshot(Node node) {
        return node.snapshot(null, null);
    }

    /** Reads the snapshot's pixels: any thread. */
    static Pixels pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Pixels(w, h, argb);
    }
}
