package br.com.jttelecom.console.app;

import br.com.jttelecom.console.api.Route;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/openapi.yaml lists exactly the routes the server registers: none missing, none extra. */
class OpenApiDocumentTest {

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");

    @TempDir
    static Path dataDir;
    static ApiFixture api;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws Exception {
        Set<String> served = api.server.routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toSet());
        assertThat(documented()).isEqualTo(served);
    }

    @Test
    void theServerHasTheSeedsRoutes() {
        List<Route> routes = api.server.routes();
        assertThat(routes).contains(new Route("post", "/api/telephony/click-to-call"),
                new Route("put", "/api/telephony/calls/{id}/update"),
                new Route("post", "/api/telephony/operators/{id}/unpause"),
                new Route("post", "/api/telephony/webhook/call-status"),
                new Route("delete", "/api/telephony/dids/{id}"));
    }

    @Test
    void theCallAndCallLogSchemasAreWhatTheServerAnswersAndHoldTheSeedsFields() throws Exception {
        long agent = api.account("agente").id();
        CallRepository calls = new CallRepository(api.runtime.database().jdbi());
        Instant at = Instant.parse("2024-12-23T10:00:00Z");
        long id = calls.insert(new Call(null, null, null, agent, "+5511999999999", Direction.OUTBOUND,
                Duration.ofSeconds(180), CallStatus.COMPLETED, at, at.plusSeconds(180), null, "openapi-1", null, "201",
                null, null, null, null, null, null, null, null, null)).id();
        new CallEventRepository(api.runtime.database().jdbi()).append(CallEvent.of(id, "dialing", "{\"ramal\":\"201\"}", at));
        JsonNode call = api.get("/api/telephony/calls/" + id, api.login("agente")).json();

        Map<String, String> callSchema = schema("Call");
        Map<String, String> logSchema = schema("CallLog");
        assertThat(callSchema.keySet()).as("the seed's Call").contains("id", "lead_id", "opportunity_id", "user_id",
                "phone_number", "direction", "duration", "status", "start_time", "end_time", "recording_url",
                "external_call_id", "notes");
        assertThat(logSchema.keySet()).as("the seed's CallLog")
                .containsExactlyInAnyOrder("id", "call_id", "event_type", "event_data", "timestamp");
        assertThat(fields(call)).containsExactlyInAnyOrderElementsOf(callSchema.keySet());
        assertThat(fields(call.get("logs").get(0))).containsExactlyInAnyOrderElementsOf(logSchema.keySet());
        assertThat(logSchema.get("event_data")).contains("type: object");
        assertThat(call.get("logs").get(0).get("event_data").isObject()).isTrue();
        for (String time : List.of("start_time", "end_time")) {
            assertThat(callSchema.get(time)).contains("format: date-time");
            assertThat(call.get(time).asText()).isEqualTo(time.equals("start_time") ? "2024-12-23T10:00:00Z"
                    : "2024-12-23T10:03:00Z");
        }
        assertThat(callSchema.get("duration")).contains("type: integer");
        assertThat(call.get("duration").asInt()).isEqualTo(180);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A schema's properties under components/schemas, each with the text of its definition line. */
    private static Map<String, String> schema(String name) throws Exception {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        boolean inSchema = false;
        boolean inProperties = false;
        for (String line : Files.readAllLines(Path.of("docs/openapi.yaml"))) {
            if (line.equals("    " + name + ":")) {
                inSchema = true;
                continue;
            }
            if (inSchema && line.matches("^ {0,4}\\S.*")) {
                break;
            }
            if (inSchema && line.equals("      properties:")) {
                inProperties = true;
                continue;
            }
            Matcher p = Pattern.compile("^        ([a-z_]+):(.*)$").matcher(line);
            if (inProperties && p.matches()) {
                properties.put(p.group(1), p.group(2).trim());
            }
        }
        assertThat(properties).as(name + " in docs/openapi.yaml").isNotEmpty();
        return properties;
    }

    private static Set<String> documented() throws Exception {
        Set<String> routes = new HashSet<>();
        String current = null;
        boolean inPaths = false;
        for (String line : Files.readAllLines(Path.of("docs/openapi.yaml"))) {
            if (line.equals("paths:")) {
                inPaths = true;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (p.matches()) {
                current = p.group(1);
            } else if (m.matches() && current != null) {
                routes.add(m.group(1) + " " + current);
            }
        }
        return routes;
    }
}
