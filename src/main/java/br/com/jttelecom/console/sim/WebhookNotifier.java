package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the end-of-call webhook some tenants configure, in the field names the spec saw
 * ({@code callid}, {@code data}, {@code timestamp}, …). In malformed mode the body carries the
 * trailing comma real tenant templates produce.
 */
final class WebhookNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final URI url;
    private final boolean malformed;
    private final HistoryRenderer renderer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookNotifier(URI url, boolean malformed, HistoryRenderer renderer) {
        this.url = url;
        this.malformed = malformed;
        this.renderer = renderer;
    }

    String body(CompactRecord r) {
        ObjectNode n = Envelopes.JSON.createObjectNode();
        Instant end = Instant.ofEpochSecond(r.startEpochSecond() + r.totalSeconds());
        n.put("callid", r.chamadaId());
        n.put("data", SimDates.format(end));
        n.put("timestamp", Long.toString(end.getEpochSecond()));
        long talk = r.talkMillis() / 1000;
        n.put("duracao", talk < 3600 ? SimDates.ms(talk) : SimDates.hms(talk));
        n.put("origem", renderer.origem(r));
        n.put("destino", renderer.destino(r));
        n.put("direcao", r.inbound() ? "entrada" : "saida");
        n.put("gravacao", r.recorded() ? renderer.recordingUrl(r.chamadaId()) : "");
        String json = n.toString();
        return malformed ? json.substring(0, json.length() - 1) + ",}" : json;
    }

    void close() {
        http.shutdownNow();
    }

    void send(CompactRecord r) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(r)))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .whenComplete((resp, err) -> {
                    if (err != null) {
                        LOG.debug("webhook for call {} not delivered: {}", r.chamadaId(), err.toString());
                    } else {
                        LOG.debug("webhook for call {} answered {}", r.chamadaId(), resp.statusCode());
                    }
                });
    }
}
