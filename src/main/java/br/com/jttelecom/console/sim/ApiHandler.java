package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PBX's front door for both {@code /suite/api/<acao>} and the legacy {@code /pabx/api.php}:
 * read, record, tick the clock, inject faults, authenticate, dispatch, answer.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    private final String basePath;
    private final Credentials credentials;
    private final ActionRegistry actions;
    private final Faults faults;
    private final RequestLog log;
    private final SimClock clock;
    private final Runnable tick;
    private final ResponseWriter writer;

    ApiHandler(String basePath, Credentials credentials, ActionRegistry actions, Faults faults, RequestLog log,
               SimClock clock, Runnable tick, ResponseWriter writer) {
        this.basePath = basePath;
        this.credentials = credentials;
        this.actions = actions;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
        this.tick = tick;
        this.writer = writer;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            serve(ex);
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("simulator failed on {}", ex.getRequestURI().getPath(), e);
            internalError(ex);
        } finally {
            ex.close();
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        byte[] body = RequestReader.body(ex);
        if (!METHODS.contains(method)) {
            writer.json(ex, Envelopes.message(405, "Método não permitido."));
            return;
        }
        ObjectNode params;
        try {
            params = RequestReader.params(ex, body);
        } catch (SimError e) {
            log.add(new RecordedRequest(clock.now(), method, null, Envelopes.JSON.createObjectNode()));
            writer.json(ex, Envelopes.error(e));
            return;
        }
        String action = RequestReader.action(ex.getRequestURI().getPath(), basePath, params);
        log.add(new RecordedRequest(clock.now(), method, action, SecretParameters.redact(params)));
        LOG.trace("{} {}", method, action);
        tick.run();

        Faults.Decision decision = faults.decide(action);
        if (decision.latencyMillis() > 0) {
            sleep(decision.latencyMillis());
        }
        Fault fault = decision.fault();
        if (fault != null && answeredInstead(ex, fault)) {
            return;
        }
        ObjectNode answer = credentials.accepts(ex.getRequestHeaders(), params)
                ? actions.dispatch(new SimRequest(method, action, params))
                : unauthorized();
        if (decision.perRecordMicros() > 0) {
            // The link's transfer time: a longer page takes longer to arrive.
            long records = answer.path("qtd_resultados_retornados").asLong(0);
            sleep(records * decision.perRecordMicros() / 1000);
        }
        if (fault != null && fault.kind() == Fault.Kind.RESET_AFTER_REQUEST) {
            return; // the action ran (a dial rings); closing the exchange before any header drops the answer
        }
        if (fault != null && fault.kind() == Fault.Kind.TRUNCATED_JSON) {
            writer.truncated(ex, answer);
        } else {
            writer.json(ex, answer);
        }
    }

    /**
     * The faults that answer in place of the PBX, before the action could run.
     *
     * @return false for the faults that let the action run first (truncated JSON, reset after the request)
     */
    private boolean answeredInstead(HttpExchange ex, Fault fault) throws IOException {
        switch (fault.kind()) {
            case CONNECTION_RESET -> {
                // closing the exchange before any header closes the socket
            }
            case HTTP_ERROR -> writer.htmlError(ex, fault.status());
            case RATE_LIMITED -> writer.rateLimited(ex, fault.retryAfter());
            case AUTH_REVOKED -> writer.json(ex, unauthorized());
            case NEVER_ENDING_BODY -> FaultBodies.neverEnding(ex, faults);
            case SLOW_DRIP -> FaultBodies.slowDrip(ex, faults, fault.latencyMillis());
            case HUGE_BODY -> FaultBodies.huge(ex, fault.bodyBytes());
            case LATENCY, TRUNCATED_JSON, RESET_AFTER_REQUEST -> {
                return false;
            }
        }
        return true;
    }

    /** The PBX's 500 envelope, unless an answer had already started (then the connection just ends). */
    private void internalError(HttpExchange ex) {
        try {
            writer.json(ex, Envelopes.message(500, "Erro Interno"));
        } catch (IOException | RuntimeException alreadyAnswering) {
            LOG.debug("could not send the 500 envelope: {}", alreadyAnswering.toString());
        }
    }

    private static ObjectNode unauthorized() {
        return Envelopes.message(401, "Dados de autenticação inválidos");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
