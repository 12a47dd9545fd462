package br.com.jttelecom.console.service.history;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.service.board.BoardFixture;
import br.com.jttelecom.console.service.calls.CallsFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Direto do PABX" keeps only the calls on extensions linked to users the signed-in person may see: agente works
 * 201, the supervisor 202 (team Vendas), Bruno 203 (Suporte), and 204 is nobody's; the PBX's records carry no
 * console user. A supervisor also sees the calls that are nobody's: on 204, and the queue calls that reached no one.
 */
class PbxLiveVisibilityTest {

    @TempDir
    Path dir;
    BoardFixture f;
    PbxLiveHistory live;

    @BeforeEach
    void open() {
        f = new BoardFixture(dir);
        live = new PbxLiveHistory(() -> Optional.of(f.calls.pbx), f.calls.clock, ZoneId.of("America/Sao_Paulo"))
                .limitedTo(f.visibility::current);
        f.calls.sim.addOperator("Sem Dono", "204", false); // linked to no console user
        f.calls.sim.seedHistory(120, CallsFixture.T0.minus(Duration.ofDays(3)), CallsFixture.T0.minusSeconds(60), 5L);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest(name = "{0} sees the PBX history of extensions {1}")
    @CsvSource({"agente, 201", "supervisor, 201 202 204 -", "admin, 201 202 203 204 -"}) // "-": queued, no extension
    void theHistoryStraightFromThePbxFollowsTheTeam(String login, String extensions) {
        f.signIn(login);
        assertThat(extensionsInHistory()).isEqualTo(Set.of(extensions.split(" ")));
    }

    @Test
    void callsInProgressFollowTheTeamToo() {
        f.calls.pbx.dial("201", "011987654321", Map.of());
        f.calls.pbx.dial("203", "04833334444", Map.of());
        f.calls.pbx.dial("204", "04833335555", Map.of());
        f.signIn("supervisor");
        assertThat(live.callsInProgress()).extracting(LiveCall::origin).map(String::valueOf)
                .hasSize(2).anyMatch(o -> o.endsWith("201")).anyMatch(o -> o.endsWith("204"));
        f.signIn("agente");
        assertThat(live.callsInProgress()).extracting(LiveCall::origin).singleElement().asString().endsWith("201");
        f.signIn("admin");
        assertThat(live.callsInProgress()).hasSize(3);
    }

    private Set<String> extensionsInHistory() {
        List<Call> all = new ArrayList<>();
        PbxLiveHistory.Pages pages = live.open(HistoryFixture.withPreset(PeriodPreset.LAST_7_DAYS));
        for (Optional<PbxHistoryPage> p = pages.next(); p.isPresent(); p = pages.next()) {
            all.addAll(p.get().calls());
        }
        return all.stream().map(c -> c.extension() == null ? "-" : c.extension()).collect(Collectors.toSet());
    }
}
