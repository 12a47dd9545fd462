package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.pabx.wire.CampaignDialRequest;
import br.com.jttelecom.console.pabx.wire.CampaignRecord;
import br.com.jttelecom.console.pabx.wire.DialRequest;
import br.com.jttelecom.console.pabx.wire.DidData;
import br.com.jttelecom.console.pabx.wire.DidRecord;
import br.com.jttelecom.console.pabx.wire.Envelope;
import br.com.jttelecom.console.pabx.wire.ExtensionData;
import br.com.jttelecom.console.pabx.wire.ExtensionRecord;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import br.com.jttelecom.console.pabx.wire.NamedRecord;
import br.com.jttelecom.console.pabx.wire.OnlineCallRecord;
import br.com.jttelecom.console.pabx.wire.PersonRecord;
import br.com.jttelecom.console.pabx.wire.WireJson;
import br.com.jttelecom.console.pabx.wire.WriteAnswer;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;

/**
 * The PBX client: one typed method per action of {@code suite/api}. Thread-safe; build one per account
 * with {@code new PabxClient(settings)} and share it. Every failure is a {@link PabxException}.
 * Reads are retried and rate limited; writes and dials are rate limited and sent exactly once.
 */
public final class PabxClient implements AutoCloseable {

    private final OkHttpClient http;
    private final PabxTransport transport;
    private final PabxMetrics metrics = new PabxMetrics();
    private final HistoryMapper historyMapper = new HistoryMapper();

    /** @throws PabxConfigurationError for an unparseable URL or {@code http://} to a non-loopback host */
    public PabxClient(PabxSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.system());
    }

    /** With a clock and sleeper of your own (tests: no real waiting for {@code Retry-After}). */
    public PabxClient(PabxSettings settings, Clock clock, Sleeper sleeper) {
        HttpClientFactory.checkedBaseUrl(settings.baseUrl());
        this.http = HttpClientFactory.build(settings);
        this.transport = new PabxTransport(settings, http, WireJson.newMapper(), clock, sleeper, metrics);
    }

    // ---- history ------------------------------------------------------------------------------

    /** The history pages, fetched lazily window by window and page by page. */
    public Iterator<HistoryPage> historyPages(HistoryQuery query) {
        return new HistoryPager(transport, query);
    }

    /**
     * The history pages, the first window starting at record {@code firstOffset}
     * ({@code pos_registro_inicial}): a sync interrupted mid-window resumes where it committed.
     */
    public Iterator<HistoryPage> historyPages(HistoryQuery query, long firstOffset) {
        return new HistoryPager(transport, query, firstOffset);
    }

    /**
     * One page of one window: {@code quantidade} records of {@code window} (a query of at most two
     * months, see {@link HistoryQuery#windows()}) from record {@code offset}. An empty or 404 answer is
     * an empty page. For callers that schedule the pages themselves (the sync fetches several at once).
     */
    public HistoryPage historyPage(HistoryQuery window, long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset: " + offset);
        }
        Envelope<HistoryRecord> env = transport.list(PabxAction.LISTAR_HISTORICO_CHAMADA, window.params(offset),
                HistoryRecord.class);
        return new HistoryPage(window.from(), window.to(), offset, env.total(), env.records());
    }

    /** The history mapper this client uses (it logs each odd value once, so share it). */
    public HistoryMapper historyMapper() {
        return historyMapper;
    }

    /** The history records as a lazy stream (pages are fetched as the stream is consumed). */
    public Stream<HistoryRecord> history(HistoryQuery query) {
        Spliterator<HistoryPage> pages = Spliterators.spliteratorUnknownSize(historyPages(query), Spliterator.ORDERED);
        return StreamSupport.stream(pages, false).flatMap(p -> p.records().stream());
    }

    /** The history mapped to {@link Call}s. */
    public Stream<Call> historyCalls(HistoryQuery query) {
        return history(query).map(historyMapper::toCall);
    }

    // ---- live calls and dialling ------------------------------------------------------------------

    /** Every call in progress: a bare GET, then further pages only when the PBX says there are more. */
    public List<OnlineCallRecord> onlineCalls() {
        return ListPaging.startingBare(transport, PabxAction.LISTAR_CHAMADAS_ONLINE, OnlineCallRecord.class);
    }

    /**
     * Click-to-call: rings {@code extension} (its plain number; {@code tenant-202} is accepted and cut to
     * 202), then the customer at {@code destination}, already in dial form. Sent once, never retried.
     *
     * @throws PabxRejected with {@code click2CallNotContracted()} when the account lacks the module
     */
    public WriteAnswer dial(String extension, String destination, Map<String, String> variables) {
        DialRequest req = new DialRequest(extensionNumber(extension), destination, variables);
        return dialAnswer(transport.write(PabxAction.DISCAR_NUMERO, Map.of("dados", req)), PabxAction.DISCAR_NUMERO);
    }

    /** Dial for a preview campaign ({@code discar_campanha}, assumed shape). Never retried. */
    public WriteAnswer dialCampaign(String operatorId, String destination, String campaignId,
                                    Map<String, String> variables) {
        CampaignDialRequest req = new CampaignDialRequest(operatorId, destination, campaignId, variables);
        return dialAnswer(transport.write(PabxAction.DISCAR_CAMPANHA, Map.of("dados", req)), PabxAction.DISCAR_CAMPANHA);
    }

    // ---- extensions and DIDs ----------------------------------------------------------------------

    /** Every extension (all pages). */
    public List<ExtensionRecord> listExtensions() {
        return listExtensions("0", null, null);
    }

    /** Extensions by {@code ramal_id} ("0" or null = all), {@code numero}, {@code cliente_id} (reseller). */
    public List<ExtensionRecord> listExtensions(String ramalId, String numero, String clienteId) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("ramal_id", ramalId == null || ramalId.isBlank() ? "0" : ramalId);
        putIf(f, "numero", numero);
        putIf(f, "cliente_id", clienteId);
        return ListPaging.all(transport, PabxAction.LISTAR_RAMAIS, f, ExtensionRecord.class);
    }

    /** @return the new extension's id */
    public String insertExtension(ExtensionData data) {
        return answer(transport.write(PabxAction.INSERIR_RAMAL, Map.of("dados", data))).id();
    }

    /** {@code alterar_ramal} (POST, known); {@code data.ramalId()} names the extension. */
    public WriteAnswer alterExtension(ExtensionData data) {
        return answer(transport.write(PabxAction.ALTERAR_RAMAL, Map.of("dados", data)));
    }

    public WriteAnswer deleteExtension(String ramalId) {
        return answer(transport.write(PabxAction.DELETAR_RAMAL, Map.of("ramal_id", ramalId)));
    }

    public List<DidRecord> listDids() {
        return ListPaging.all(transport, PabxAction.LISTAR_DIDS, Map.of(), DidRecord.class);
    }

    /** @return the new DID's id */
    public String insertDid(DidData data) {
        return answer(transport.write(PabxAction.INSERIR_DID, Map.of("dados", data))).id();
    }

    public WriteAnswer alterDid(DidData data) {
        return answer(transport.write(PabxAction.ALTERAR_DID, Map.of("dados", data)));
    }

    public WriteAnswer deleteDid(String didId) {
        return answer(transport.write(PabxAction.DELETAR_DID, Map.of("did_id", didId)));
    }

    // ---- people and operators (all assumed) --------------------------------------------------------

    /** @param pessoaId one person, or null for everyone */
    public List<PersonRecord> listPeople(String pessoaId) {
        Map<String, Object> f = new LinkedHashMap<>();
        putIf(f, "pessoa_id", pessoaId);
        return ListPaging.all(transport, PabxAction.LISTAR_PESSOAS, f, PersonRecord.class);
    }

    public WriteAnswer loginOperator(String operatorId) {
        return answer(transport.write(PabxAction.LOGIN_OPERADOR, Map.of("operador_id", operatorId)));
    }

    public WriteAnswer logoutOperator(String operatorId) {
        return answer(transport.write(PabxAction.LOGOUT_OPERADOR, Map.of("operador_id", operatorId)));
    }

    /** @param reason {@code motivo_pausa} as the PBX wants it (free text or an id: the caller's mapping decides) */
    public WriteAnswer pauseOperator(String operatorId, String reason) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("operador_id", operatorId);
        putIf(p, "motivo_pausa", reason);
        return answer(transport.write(PabxAction.PAUSAR_OPERADOR, p));
    }

    public WriteAnswer unpauseOperator(String operatorId) {
        return answer(transport.write(PabxAction.DESPAUSAR_OPERADOR, Map.of("operador_id", operatorId)));
    }

    // ---- other lists ----------------------------------------------------------------------------

    public List<CampaignRecord> listCampaigns() {
        return ListPaging.startingBare(transport, PabxAction.LISTAR_CAMPANHAS, CampaignRecord.class);
    }

    public List<NamedRecord> listTrunks() {
        return ListPaging.startingBare(transport, PabxAction.LISTAR_TRONCO, NamedRecord.class);
    }

    public List<NamedRecord> listRegions() {
        return ListPaging.startingBare(transport, PabxAction.LISTAR_REGIOES, NamedRecord.class);
    }

    public List<NamedRecord> listDialPlans() {
        return ListPaging.startingBare(transport, PabxAction.LISTAR_PLANOS_DISCAGEM, NamedRecord.class);
    }

    public List<NamedRecord> listIntegrationFlows() {
        return ListPaging.startingBare(transport, PabxAction.LISTAR_FLUXOS_INTEGRACAO, NamedRecord.class);
    }

    // ---- health ---------------------------------------------------------------------------------

    /** One cheap authenticated call ({@code listar_ramais}, one record), bypassing retry and the circuit. */
    public ConnectionReport testConnection() {
        long start = System.nanoTime();
        try {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("ramal_id", "0");
            p.put("quantidade", 1);
            p.put("pos_registro_inicial", 0);
            transport.probe(PabxAction.LISTAR_RAMAIS, p, ExtensionRecord.class);
            return ConnectionReport.success(Duration.ofNanos(System.nanoTime() - start));
        } catch (PabxException e) {
            return ConnectionReport.failed(Duration.ofNanos(System.nanoTime() - start), e);
        }
    }

    /** The client rate limit from now on (Configurações saved another one). */
    public void changeRequestsPerSecond(int requestsPerSecond) {
        transport.resilience().changeRate(requestsPerSecond);
    }

    public CircuitState circuitState() {
        return transport.resilience().state();
    }

    public void addCircuitListener(CircuitListener listener) {
        transport.resilience().addListener(listener);
    }

    public void removeCircuitListener(CircuitListener listener) {
        transport.resilience().removeListener(listener);
    }

    public PabxMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** {@code "odin-202"} → 202, {@code "1001"} → 1001: the PBX wants the plain number, as a JSON number. */
    static long extensionNumber(String extension) {
        if (extension == null) {
            throw new IllegalArgumentException("extension is required");
        }
        String e = extension.strip();
        int dash = e.lastIndexOf('-');
        String digits = dash >= 0 ? e.substring(dash + 1) : e;
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not an extension number: " + extension);
        }
        return Long.parseLong(digits);
    }

    private static WriteAnswer answer(Envelope<Object> env) {
        return new WriteAnswer(env.code(), env.mensagem(), env.id(), env.chamadaId());
    }

    /** A dial succeeded only with HTTP 2xx and a body code 2xx: a bare 200 without envelope is not proof. */
    private static WriteAnswer dialAnswer(Envelope<Object> env, PabxAction action) {
        if (env.code() < 0) {
            throw new PabxProtocolError(action.wireName(), PabxProtocolError.Kind.MISSING_ENVELOPE, 200, "");
        }
        return answer(env);
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
