package br.com.jttelecom.console.app;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.calls.CallRepository;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose calls each role gets from {@code /calls}, {@code /calls/{id}} and {@code /stats}: an agent their
 * own, a supervisor their team's (Vendas: agente and supervisor) plus the calls of no user, an admin everyone's.
 * The calls sit on a day of 2020 that the demo's seeded history never reaches, so every count is exact.
 */
class ApiScopeTest {

    private static final String DAY = "period=custom&from=2020-01-15&to=2020-01-15";
    private static final Instant NOON = Instant.parse("2020-01-15T15:00:00Z");

    @TempDir
    static Path dataDir;
    static ApiFixture api;
    static long agentCall;
    static long supervisorCall;
    static long otherTeamCall;
    static long unownedCall;
    static long otherTeamUser;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture(dataDir);
        otherTeamUser = api.otherTeamAgent("olga").id();
        CallRepository calls = new CallRepository(api.runtime.database().jdbi());
        agentCall = calls.insert(call(api.account("agente").id(), CallStatus.COMPLETED, "scope-a")).id();
        supervisorCall = calls.insert(call(api.account("supervisor").id(), CallStatus.BUSY, "scope-s")).id();
        otherTeamCall = calls.insert(call(otherTeamUser, CallStatus.MISSED, "scope-o")).id();
        unownedCall = calls.insert(call(null, CallStatus.FAILED, "scope-n")).id();
    }

    /** On extension 299, which no console user works: nothing attributes these calls to anyone else. */
    private static Call call(Long user, CallStatus status, String externalId) {
        return new Call(null, null, null, user, "+5511999990001", Direction.OUTBOUND, Duration.ofSeconds(30), status,
                NOON, NOON.plusSeconds(30), null, externalId, null, "299", null, null, null, null, null, null, null,
                null, null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<Long> listed(String token) {
        List<Long> ids = new ArrayList<>();
        api.get("/api/telephony/calls?" + DAY, token).json().get("data").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    private static int detail(String token, long id) {
        return api.get("/api/telephony/calls/" + id, token).status();
    }

    private static JsonNode stats(String token) {
        return api.get("/api/telephony/stats?" + DAY, token).json();
    }

    @Test
    void anAgentGetsOnlyTheirOwnCalls() {
        String token = api.login("agente");
        assertThat(listed(token)).containsExactly(agentCall);
        assertThat(detail(token, agentCall)).isEqualTo(200);
        assertThat(detail(token, supervisorCall)).isEqualTo(403);
        assertThat(detail(token, unownedCall)).isEqualTo(403);
        assertThat(stats(token).get("total").asLong()).isEqualTo(1);
        assertThat(stats(token).at("/by_status/busy").asLong()).isZero();
    }

    @Test
    void aSupervisorGetsTheirTeamsCallsAndTheUnownedOnesButNoOtherTeams() {
        String token = api.login("supervisor");
        assertThat(listed(token)).containsExactlyInAnyOrder(agentCall, supervisorCall, unownedCall);
        assertThat(detail(token, agentCall)).isEqualTo(200);
        assertThat(detail(token, unownedCall)).isEqualTo(200);
        ApiFixture.Reply other = api.get("/api/telephony/calls/" + otherTeamCall, token);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.errorCode()).isEqualTo("forbidden");
        assertThat(other.json().at("/error/message").asText()).contains("equipe");
        assertThat(api.get("/api/telephony/calls?" + DAY + "&user=" + otherTeamUser, token).status()).isEqualTo(403);
        JsonNode stats = stats(token);
        assertThat(stats.get("total").asLong()).isEqualTo(3);
        assertThat(stats.at("/by_status/missed").asLong()).as("the other team's missed call").isZero();
        assertThat(stats.at("/by_status/busy").asLong()).isEqualTo(1);
        assertThat(stats.at("/by_status/failed").asLong()).as("the call of no user").isEqualTo(1);
    }

    @Test
    void anAgentsUpdateOfACallOfNoUserIsRefusedAndChangesNothing() {
        assertUpdateRefusedAndNothingChanged("agente", unownedCall);
    }

    @Test
    void aSupervisorsUpdateOfAnotherTeamsCallIsRefusedAndChangesNothing() {
        assertUpdateRefusedAndNothingChanged("supervisor", otherTeamCall);
    }

    private static void assertUpdateRefusedAndNothingChanged(String login, long call) {
        ApiFixture.Reply r = api.send("PUT", "/api/telephony/calls/" + call + "/update", api.login(login),
                "{\"notes\":\"não é meu\"}", java.util.Map.of());
        assertThat(r.status()).isEqualTo(403);
        assertThat(new CallRepository(api.runtime.database().jdbi()).findById(call).orElseThrow().notes()).isNull();
    }

    @Test
    void anAdminGetsEveryCall() {
        String token = api.login("admin");
        assertThat(listed(token)).containsExactlyInAnyOrder(agentCall, supervisorCall, otherTeamCall, unownedCall);
        assertThat(detail(token, otherTeamCall)).isEqualTo(200);
        assertThat(detail(token, unownedCall)).isEqualTo(200);
        assertThat(stats(token).get("total").asLong()).isEqualTo(4);
    }

    @Test
    void theOtherTeamsAgentSeesOnlyTheirs() {
        String token = api.login("olga", ApiFixture.OTHER_PASSWORD);
        assertThat(listed(token)).containsExactly(otherTeamCall);
        assertThat(detail(token, agentCall)).isEqualTo(403);
    }
}
