package br.com.jttelecom.console.app;

import br.com.jttelecom.console.app.wiring.ConsoleRuntime;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.store.calls.CallRepository;
import java.time.Duration;
import java.time.Instant;

/** Calls written straight into the console's real store, as a history sync would have left them. */
final class StoredCalls {

    private final ConsoleRuntime runtime;

    StoredCalls(ConsoleRuntime runtime) {
        this.runtime = runtime;
    }

    long userId(String login) {
        return runtime.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM app_user WHERE login = :l")
                .bind("l", login).mapTo(Long.class).one());
    }

    /** An answered inbound call from {@code e164} that no lead claims, taken by {@code userId}. */
    Call inbound(String externalId, String e164, long userId, Instant start) {
        Call call = new Call(null, null, null, userId, e164, Direction.INBOUND, Duration.ofSeconds(95), CallStatus.COMPLETED,
                start, start.plusSeconds(95), null, externalId, null, "201", "Operador Demo", Duration.ofSeconds(4),
                Duration.ofSeconds(90), null, null, null, null, null, null);
        return new CallRepository(runtime.database().jdbi()).insert(call);
    }

    Long leadOf(String externalId) {
        return new CallRepository(runtime.database().jdbi()).findByExternalId(externalId).orElseThrow().leadId();
    }
}
