package br.com.jttelecom.console.contract;

import br.com.jttelecom.console.pabx.FakeTime;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.sim.PbxSimulator;
import br.com.jttelecom.console.sim.SimulatorBuilder;
import java.time.Duration;

/** The real client over real HTTP against the real simulator on a free loopback port. */
final class ContractSupport {

    static final String USER = "contrato@acme.com.br";
    static final String TOKEN = "3f2a9c1e-0000-4000-8000-c0ntra70c0de";

    private ContractSupport() {
    }

    static SimulatorBuilder simBuilder() {
        return PbxSimulator.builder().user(USER).token(TOKEN).tenant("acme").seed(7L);
    }

    /** Settings for {@code mode}: header style against {@code baseUrl()}, legacy against {@code legacyUrl()}. */
    static PabxSettings settings(PbxSimulator sim, AuthMode mode) {
        String url = mode == AuthMode.LEGACY_API_PHP ? sim.legacyUrl() : sim.baseUrl();
        return PabxSettings.of(url, USER, TOKEN).withAuthMode(mode).withRequestsPerSecond(200)
                .withRetry(3, Duration.ofMillis(1))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    static PabxClient client(PbxSimulator sim, AuthMode mode) {
        FakeTime time = new FakeTime();
        return new PabxClient(settings(sim, mode), time, time);
    }
}
