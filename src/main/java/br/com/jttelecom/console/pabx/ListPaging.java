package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.pabx.wire.Envelope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every page of a small list action ({@code listar_ramais}, {@code listar_dids}, …) by
 * {@code pos_registro_inicial}, 1000 at a time, with the same stop rules as the history.
 */
final class ListPaging {

    /** A hard stop so a server that ignores the offset cannot keep us looping forever. */
    static final int MAX_PAGES = 1000;

    private ListPaging() {
    }

    static <T> List<T> all(PabxTransport transport, PabxAction action, Map<String, Object> filters, Class<T> type) {
        List<T> out = new ArrayList<>();
        long offset = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, Object> params = new LinkedHashMap<>(filters);
            params.put("pos_registro_inicial", offset);
            params.put("quantidade", HistoryQuery.MAX_PAGE);
            Envelope<T> env = transport.list(action, params, type);
            List<T> records = env.records();
            out.addAll(records);
            offset += records.size();
            long total = env.total();
            if (records.isEmpty() || records.size() < HistoryQuery.MAX_PAGE || (total >= 0 && offset >= total)) {
                break;
            }
        }
        return out;
    }

    /**
     * A list known to be called bare ({@code listar_chamadas_online}: GET without parameters): the first page
     * as such, then, only when {@code qtd_total_resultados} says more exist (the PBX pages 20 by default),
     * the rest by {@code pos_registro_inicial}, 1000 at a time.
     */
    static <T> List<T> startingBare(PabxTransport transport, PabxAction action, Class<T> type) {
        Envelope<T> first = transport.list(action, Map.of(), type);
        List<T> out = new ArrayList<>(first.records());
        long total = first.total();
        for (int page = 1; page < MAX_PAGES && total > out.size() && !first.records().isEmpty(); page++) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("pos_registro_inicial", out.size());
            params.put("quantidade", HistoryQuery.MAX_PAGE);
            List<T> records = transport.list(action, params, type).records();
            if (records.isEmpty()) {
                break;
            }
            out.addAll(records);
        }
        return out;
    }
}
