package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the simulated PBX account holds: extensions, DIDs, operators, the static lists and
 * the call history. Each part guards itself; this class only ties them together.
 */
final class SimState {

    final String tenant;
    final String clienteId = "12";
    final String clienteNome;
    final SimClock clock;
    final RecordTable extensions = new RecordTable("ramal_id", 50);
    final RecordTable dids = new RecordTable("did_id", 10);
    final OperatorRoster operators = new OperatorRoster();
    final Catalog catalog = new Catalog(clienteId);
    final IndexedHistory history = new IndexedHistory();
    final HistoryRenderer renderer;
    /** The second half of every {@code chamada_id}; deterministic for a fresh simulator. */
    final AtomicLong seq = new AtomicLong(4800);
    /** Numbers the traffic generator calls in from (the demo leads once the demo company is seeded). */
    final List<String> callerPool = new CopyOnWriteArrayList<>();
    /** Operators whose phone rings with nobody there: queue calls to them ring out unanswered. */
    final java.util.Set<Integer> awayOperators = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SimState(String tenant, String clienteNome, SimClock clock, HistoryRenderer renderer) {
        this.tenant = tenant;
        this.clienteNome = clienteNome;
        this.clock = clock;
        this.renderer = renderer;
    }

    /** The account's own DDD, what a new extension's {@code codigo_area} defaults to. */
    static final String HOME_DDD = "48";

    /** Every extension's {@code codigo_area} by its number (one look-up for a whole seeding run). */
    Map<String, String> areaCodes() {
        Map<String, String> out = new HashMap<>();
        for (ObjectNode r : extensions.list(r -> true)) {
            out.put(r.path("numero").asText(), validDdd(r.path("codigo_area").asText()));
        }
        return out;
    }

    /**
     * The area code of a call: its extension's {@code codigo_area}, else (a queue call nobody took) the
     * DID's DDD, else the account's. Interned: a million records share a handful of strings.
     */
    static String areaCode(Map<String, String> byRamal, String ramal, String did) {
        String ddd = ramal == null ? null : byRamal.get(ramal);
        if (ddd == null && did != null && did.length() >= 10) {
            ddd = validDdd(did.substring(0, 2));
        }
        return ddd == null ? HOME_DDD : ddd;
    }

    String areaCode(String ramal, String did) {
        return areaCode(areaCodes(), ramal, did);
    }

    private static String validDdd(String ddd) {
        return PhoneDigits.validDdd(ddd) ? ddd.intern() : HOME_DDD;
    }

    Optional<ObjectNode> extensionByNumber(String numero) {
        return extensions.find(r -> numero.equals(r.path("numero").asText()));
    }

    List<String> didNumbers() {
        return dids.list(r -> true).stream().map(r -> r.path("numero").asText()).toList();
    }
}
