package br.com.jttelecom.console.service.connection;

import br.com.jttelecom.console.i18n.Localized;
import java.time.Duration;
import java.util.Optional;

/**
 * The answer of one connection test.
 *
 * @param latency how long the PBX took to answer (also set when it answered with an error)
 * @param problem what failed, to be said in the person's language
 */
public record ConnectionCheck(boolean ok, Optional<Duration> latency, Optional<Localized> problem) {

    public static ConnectionCheck ok(Duration latency) {
        return new ConnectionCheck(true, Optional.of(latency), Optional.empty());
    }

    public static ConnectionCheck failed(Localized problem, Duration latency) {
        return new ConnectionCheck(false, Optional.ofNullable(latency), Optional.of(problem));
    }
}
