package br.com.jttelecom.console.contract;

import br.com.jttelecom.console.pabx.AuthMode;
import br.com.jttelecom.console.pabx.PabxClient;
import br.com.jttelecom.console.pabx.PabxSettings;
import br.com.jttelecom.console.pabx.Sleeper;
import br.com.jttelecom.console.sim.PbxSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The real client over real HTTP against the real simulator on a free loopback port. */
final class ContractSupport {

    static final String USER = "contrato@acme.com.br";
    static final String TOKEN = "3f2a9c1e-0000-4000-8000-c0ntra70c0de";

    private ContractSupport() {
    }

    static PbxSimulator.Builder simBuilder() {
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

    /** A clock that moves only when the client "sleeps": Retry-After and backoff are recorded, not spent. */
    static final class FakeTime extends Clock implements Sleeper {
        private volatile Instant now = Instant.parse("2026-08-21T12:00:00Z");
        final List<Duration> sleeps = new CopyOnWriteArrayList<>();

        @Override
        public synchronized void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }

        Duration totalSlept() {
            return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
