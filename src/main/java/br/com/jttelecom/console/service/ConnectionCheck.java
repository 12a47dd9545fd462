package br.com.jttelecom.console.service;

import java.time.Duration;
import java.util.Optional;

/**
 * The answer of one connection test.
 *
 * @param latency how long the PBX took to answer (also set when it answered with an error)
 * @param problem a sentence for a person when the check failed
 */
public record ConnectionCheck(boolean ok, Optional<Duration> latency, Optional<String> problem) {

    public static ConnectionCheck ok(Duration latency) {
        return new ConnectionCheck(true, Optional.of(latency), Optional.empty());
    }

    public static ConnectionCheck failed(String problem, Duration latency) {
        return new ConnectionCheck(false, Optional.ofNullable(latency), Optional.of(problem));
    }
}
