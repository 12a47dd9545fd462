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
}
