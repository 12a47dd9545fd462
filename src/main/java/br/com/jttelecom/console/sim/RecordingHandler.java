package br.com.jttelecom.console.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /suite/gravacoes/<chamada_id>.wav} for recorded calls of the history, like the
 * real {@code link_gravacao}: no authentication, the audio itself.
 */
final class RecordingHandler implements HttpHandler {

    static final String PATH = "/suite/gravacoes/";

    private final IndexedHistory history;
    private final HistoryRenderer renderer;
    private final Runnable tick;
    private final byte[] wav = WavTone.tone(1.5, 440);

    RecordingHandler(IndexedHistory history, HistoryRenderer renderer, Runnable tick) {
        this.history = history;
        this.renderer = renderer;
        this.tick = tick;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            tick.run();
            String name = ex.getRequestURI().getPath().substring(PATH.length());
            String id = name.endsWith(".wav") ? name.substring(0, name.length() - 4) : name;
            boolean found = history.findById(id).filter(renderer::recordingReady).isPresent();
            if (!found || !("GET".equals(ex.getRequestMethod()) || "HEAD".equals(ex.getRequestMethod()))) {
                ResponseWriter.raw(ex, 404, "text/html",
                        "<html><body><h1>Gravação não encontrada</h1></body></html>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ResponseWriter.raw(ex, 200, "audio/wav", wav);
        } finally {
            ex.close();
        }
    }
}
