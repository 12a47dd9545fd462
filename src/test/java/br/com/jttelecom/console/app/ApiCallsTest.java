package br.com.jttelecom.console.app;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.calls.CallEventRepository;
import br.com.jttelecom.console.store.calls.CallRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The call routes over real HTTP, on calls stored in the console's own H2 file. */
class ApiCallsTest {

    @TempDir
    static Path dataDir;
    static ApiFixture api;
    static long agentId;
    static long agentCall;
    static long otherCall;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
        agentId = api.admin.accounts().authenticate("agente", "agente123".toCharArray()).user().orElseThrow().id();
        CallRepository calls = new CallRepository(api.runtime.database().jdbi());
        Instant now = Instant.now();
        agentCall = calls.insert(call(agentId, "+5511999990001", Direction.OUTBOUND, CallStatus.COMPLETED, now, "api-a")).id();
        otherCall = calls.insert(call(null, "+5548999990002", Direction.INBOUND, CallStatus.MISSED, now, "api-b")).id();
    }

    /** An unowned call is on extension 299, which no console user works: the demo's background sync,
     *  which attributes calls by extension, never hands it to the agent of 201 mid-test. */
    private static Call call(Long user, String phone, Direction d, CallStatus s, Instant at, String ext) {
        return new Call(null, null, null, user, phone, d, Duration.ofSeconds(42), s, at.minusSeconds(60), at, null,
                ext, null, user == null ? "299" : "201", null, null, null, null, null, null, null, null, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("data").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    @Test
    void anAgentListsOnlyTheirOwnCallsInTheSeedShape() {
        JsonNode page = api.get("/api/telephony/calls?period=today", api.login("agente")).json();
        assertThat(ids(page)).contains(agentCall).doesNotContain(otherCall);
        JsonNode c = page.get("data").get(0);
        assertThat(c.fieldNames()).toIterable().contains("id", "lead_id", "opportunity_id", "user_id", "phone_number",
                "direction", "duration", "status", "start_time", "end_time", "recording_url", "external_call_id", "notes");
    }

    /** duracao 1:20, duracao_real 1:10, queue wait 0: a CRM's TMA reads talk_seconds, not duration. */
    @Test
    void aCallCarriesItsTotalTalkAndWaitInSeconds() {
        CallRepository calls = new CallRepository(api.runtime.database().jdbi());
        Instant at = Instant.now().minusSeconds(90);
        long rang = calls.insert(new Call(null, null, null, agentId, "+5511999990003", Direction.OUTBOUND,
                Duration.ofSeconds(80), CallStatus.COMPLETED, at, at.plusSeconds(80), null, "api-times", null, "201", null,
                Duration.ZERO, Duration.ofMillis(70_500), null, null, null, null, null, null)).id();

        JsonNode call = api.get("/api/telephony/calls/" + rang, api.login("agente")).json();

        assertThat(call.get("duration").asLong()).isEqualTo(80);
        assertThat(call.get("talk_seconds").isIntegralNumber()).isTrue();
        assertThat(call.get("talk_seconds").asLong()).isEqualTo(70);
        assertThat(call.get("wait_seconds").asLong()).isEqualTo(10);
        JsonNode listed = api.get("/api/telephony/calls?period=today&phone=11999990003", api.login("agente")).json()
                .get("data").get(0);
        assertThat(listed.get("talk_seconds").asLong()).isEqualTo(70);
        assertThat(listed.get("wait_seconds").asLong()).isEqualTo(10);
    }

    @Test
    void aTalkOrWaitThePbxNeverGaveIsNullNotZero() {
        JsonNode call = api.get("/api/telephony/calls/" + agentCall, api.login("agente")).json();
        assertThat(call.get("duration").asLong()).isEqualTo(42);
        assertThat(call.has("talk_seconds")).isTrue();
        assertThat(call.get("talk_seconds").isNull()).isTrue();
        assertThat(call.get("wait_seconds").isNull()).isTrue();
    }

    @Test
    void aSupervisorFiltersByStatusAndDirectionOverTheirTeamAndTheCallsOfNoUser() {
        String token = api.login("supervisor");
        assertThat(ids(api.get("/api/telephony/calls?period=today&status=completed", token).json()))
                .contains(agentCall).doesNotContain(otherCall);
        assertThat(ids(api.get("/api/telephony/calls?period=today&direction=outbound", token).json()))
                .contains(agentCall).doesNotContain(otherCall);
        // The unowned call (extension 299, no user) is a missed inbound call nobody took: the supervisor watches
        // it with the team, in the list and the detail; the filters still apply to it.
        assertThat(ids(api.get("/api/telephony/calls?period=today&status=missed", token).json()))
                .contains(otherCall).doesNotContain(agentCall);
        assertThat(ids(api.get("/api/telephony/calls?period=today&direction=inbound", token).json()))
                .contains(otherCall).doesNotContain(agentCall);
        assertThat(api.get("/api/telephony/calls/" + otherCall, token).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/telephony/calls?period=today&phone=48999990002", token).json()))
                .containsExactly(otherCall);
        assertThat(ids(api.get("/api/telephony/calls?period=today&phone=48999990002", api.login("agente")).json()))
                .isEmpty();
    }

    @Test
    void pagesFollowTheNextCursor() {
        String token = api.login("admin");
        JsonNode first = api.get("/api/telephony/calls?period=today&limit=1", token).json();
        assertThat(first.get("data")).hasSize(1);
        String cursor = first.get("next_cursor").asText();
        JsonNode second = api.get("/api/telephony/calls?period=today&limit=1&cursor=" + cursor, token).json();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void badFiltersAre400InPortuguese() {
        String token = api.login("admin");
        ApiFixture.Reply r = api.get("/api/telephony/calls?status=talvez", token);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/error/message").asText()).startsWith("Status inválido");
        assertThat(api.get("/api/telephony/calls?limit=0", token).status()).isEqualTo(400);
        assertThat(api.get("/api/telephony/calls?period=semana", token).status()).isEqualTo(400);
        assertThat(api.get("/api/telephony/calls?cursor=desconhecido", token).status()).isEqualTo(400);
    }

    @Test
    void theDetailCarriesTheCallLogAndAnAgentMayNotOpenAnothersCall() {
        JsonNode own = api.get("/api/telephony/calls/" + agentCall, api.login("agente")).json();
        assertThat(own.get("external_call_id").asText()).isEqualTo("api-a");
        assertThat(own.get("logs").isArray()).isTrue();
        assertThat(api.get("/api/telephony/calls/" + otherCall, api.login("agente")).status()).isEqualTo(403);
        assertThat(api.get("/api/telephony/calls/999999", api.login("admin")).status()).isEqualTo(404);
    }

    @Test
    void theCallAndItsLogsHaveTheSeedsTypesWithEventDataAsAnObject() {
        CallEventRepository events = new CallEventRepository(api.runtime.database().jdbi());
        Instant at = Instant.parse("2024-12-23T10:00:00.123456Z");
        events.append(CallEvent.of(agentCall, "dialing", "{\"destino\":\"011999990001\",\"ramal\":\"201\"}", at));
        events.append(CallEvent.of(agentCall, "inbound_ringing", null, at.plusSeconds(1)));
        events.append(CallEvent.of(agentCall, "note", "texto solto do PABX", at.plusSeconds(2)));

        JsonNode call = api.get("/api/telephony/calls/" + agentCall, api.login("agente")).json();
        assertThat(call.get("id").isIntegralNumber()).isTrue();
        assertThat(call.get("user_id").isIntegralNumber()).isTrue();
        assertThat(call.get("duration").isIntegralNumber()).isTrue();
        assertThat(call.get("direction").asText()).isEqualTo("outbound");
        assertThat(call.get("status").asText()).isEqualTo("completed");
        assertThat(call.get("start_time").asText()).matches(ISO_SECONDS);
        assertThat(call.get("end_time").asText()).matches(ISO_SECONDS);
        JsonNode logs = call.get("logs");
        assertThat(logs).hasSizeGreaterThanOrEqualTo(3);
        logs.forEach(log -> {
            assertThat(log.fieldNames()).toIterable().containsExactly("id", "call_id", "event_type", "event_data",
                    "timestamp");
            assertThat(log.get("call_id").asLong()).isEqualTo(agentCall);
            assertThat(log.get("event_data").isObject()).as(log.toString()).isTrue();
            assertThat(log.get("timestamp").asText()).matches(ISO_SECONDS);
        });
        JsonNode dialing = find(logs, "dialing");
        assertThat(dialing.at("/event_data/ramal").asText()).isEqualTo("201");
        assertThat(dialing.get("timestamp").asText()).isEqualTo("2024-12-23T10:00:00Z");
        assertThat(find(logs, "inbound_ringing").get("event_data").size()).isZero();
        assertThat(find(logs, "note").at("/event_data/raw").asText()).isEqualTo("texto solto do PABX");
    }

    private static final String ISO_SECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private static JsonNode find(JsonNode logs, String type) {
        for (JsonNode log : logs) {
            if (log.get("event_type").asText().equals(type)) {
                return log;
            }
        }
        throw new AssertionError("no " + type + " in " + logs);
    }

    @Test
    void notesAndOutcomeAreSavedButTheStatusIsNotTheApisToChange() {
        String token = api.login("agente");
        ApiFixture.Reply r = api.send("PUT", "/api/telephony/calls/" + agentCall + "/update", token,
                "{\"notes\":\"Cliente pediu retorno\",\"outcome\":\"scheduled\"}", Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("notes").asText()).isEqualTo("Cliente pediu retorno");
        assertThat(r.json().get("outcome").asText()).isEqualTo("scheduled");
        assertThat(api.send("PUT", "/api/telephony/calls/" + agentCall + "/update", token,
                "{\"status\":\"failed\"}", Map.of()).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/telephony/calls/" + agentCall + "/update", token,
                "{\"outcome\":\"otimo\"}", Map.of()).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/telephony/calls/" + agentCall + "/update", token,
                "[1,2]", Map.of()).errorCode()).isEqualTo("invalid_json");
    }

    @Test
    void clickToCallValidatesTheNumberAndDialsThroughTheSimulator() {
        String token = api.login("agente");
        ApiFixture.Reply invalid = api.send("POST", "/api/telephony/click-to-call", token,
                "{\"numero_destino\":\"123\"}", Map.of());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/telephony/click-to-call", token, "{}", Map.of()).status()).isEqualTo(400);
        ApiFixture.Reply r = api.send("POST", "/api/telephony/click-to-call", token,
                "{\"numero_destino\":\"11999999999\",\"notes\":\"Chamada de follow-up\","
                        + "\"variaveis\":{\"origem\":\"crm\"}}", Map.of());
        assertThat(r.status()).as(r.body()).isIn(201, 422);
        assertThat(r.contentType()).startsWith("application/json");
    }

    @Test
    void statsCountByStatusAndDirection() {
        JsonNode stats = api.get("/api/telephony/stats?period=today", api.login("admin")).json();
        assertThat(stats.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stats.at("/by_status/missed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.at("/by_direction/outbound").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode own = api.get("/api/telephony/stats?period=today", api.login("agente")).json();
        assertThat(own.at("/by_status/missed").asLong()).isZero();
    }

    @Test
    void healthSaysPbxDatabaseAndSync() {
        ApiFixture.Reply r = api.get("/api/telephony/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().at("/database/ok").asBoolean()).isTrue();
        assertThat(r.json().has("last_sync")).isTrue();
        assertThat(r.json().at("/pbx/state").asText()).isIn("checking", "demo");
    }

    @Test
    void metricsAreInPrometheusText() {
        api.get("/api/telephony/test-connection", api.login("admin"));
        ApiFixture.Reply r = api.get("/metrics", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/plain");
        assertThat(r.body()).contains("jt_pbx_circuit_state", "jt_calls_in_progress", "jt_sync_lag_seconds",
                "jt_database_up", "jt_pbx_requests_total{action=", "jt_api_requests_seconds_count{");
    }

    @Test
    void testConnectionAnswersOnTheSimulator() {
        ApiFixture.Reply r = api.get("/api/telephony/test-connection", api.login("agente"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("success").asBoolean()).isTrue();
    }

    @Test
    void anUnknownRouteIsAJson404() {
        ApiFixture.Reply r = api.get("/api/telephony/nada", api.login("admin"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("not_found");
    }
}
