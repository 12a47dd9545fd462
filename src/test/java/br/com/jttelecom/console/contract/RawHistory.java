package br.com.jttelecom.console.contract;

import br.com.jttelecom.console.sim.PbxSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One raw history page, to prove which wire shapes the simulator really sent. */
final class RawHistory {

    private RawHistory() {
    }

    /** The JSON node types of {@code link_gravacao} and {@code sip_code} over the first 1000 records of a day. */
    static List<String> linkShapes(PbxSimulator sim, LocalDate from) {
        List<String> shapes = new ArrayList<>();
        for (JsonNode r : page(sim, from).path("dados")) {
            shapes.add(r.path("link_gravacao").isArray() ? "array" : "string");
            shapes.add(r.path("sip_code").isNumber() ? "sip-number" : "sip-text");
        }
        return shapes;
    }

    static JsonNode page(PbxSimulator sim, LocalDate from) {
        String date = String.format("%02d/%02d/%04d", from.getDayOfMonth(), from.getMonthValue(), from.getYear());
        URI uri = URI.create(sim.baseUrl() + "/listar_historico_chamada?quantidade=1000&data_inicial=" + date
                + "&data_final=" + date.replace(String.format("%02d/", from.getDayOfMonth()), "28/"));
        HttpRequest req = HttpRequest.newBuilder(uri).header("usuario", sim.user()).header("token", sim.token()).GET().build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return new ObjectMapper().readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
