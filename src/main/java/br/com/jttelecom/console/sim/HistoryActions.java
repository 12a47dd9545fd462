package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** {@code listar_historico_chamada}: the date window (dd/mm/yyyy, at most two months), the filters, paging. */
final class HistoryActions {

    static final String EMPTY = "Nenhuma chamada encontrada nesse período";

    private final SimState state;
    private final HistoryBehaviours behaviours;
    private final PagingInserter inserter;

    HistoryActions(SimState state, HistoryBehaviours behaviours, long seed) {
        this.state = state;
        this.behaviours = behaviours;
        this.inserter = new PagingInserter(state, seed);
    }

    void register(ActionRegistry registry) {
        registry.on("listar_historico_chamada", this::list);
    }

    ObjectNode list(SimRequest req) {
        Set<HistoryBehaviour> on = behaviours.active();
        // Servers disagree on a missing hour: the end of the day (default) or midnight.
        LocalTime missingEnd = on.contains(HistoryBehaviour.MISSING_HOUR_IS_MIDNIGHT) ? LocalTime.MIDNIGHT
                : LocalTime.of(23, 59);
        LocalDate from = SimDates.parseDate("data_inicial", req.required("data_inicial"));
        LocalDate to = SimDates.parseDate("data_final", req.required("data_final"));
        LocalTime fromTime = req.text("hora_inicial") == null ? LocalTime.MIN
                : SimDates.parseTime("hora_inicial", req.text("hora_inicial"));
        LocalTime toTime = req.text("hora_final") == null ? missingEnd
                : SimDates.parseTime("hora_final", req.text("hora_final"));
        if (to.isBefore(from)) {
            throw SimError.invalid("data_final", "a data final é anterior à data inicial");
        }
        if (to.isAfter(from.plusMonths(2))) {
            throw new SimError(400, "O período entre data_inicial e data_final não pode ser maior que dois meses.");
        }
        long fromSecond = from.atTime(fromTime).atZone(SimDates.SAO_PAULO).toEpochSecond();
        long toSecond = to.atTime(toTime).atZone(SimDates.SAO_PAULO).toEpochSecond() + 59;
        Paging paging = Paging.of(req);
        Predicate<CompactRecord> filter = filter(req);
        if (on.contains(HistoryBehaviour.ROWS_INSERTED_WHILE_PAGING)) {
            inserter.beforePage(req, fromSecond, toSecond, filter, paging.offset());
        }
        IndexedHistory.Page page = state.history.query(fromSecond, toSecond, filter, paging.offset(), paging.size());
        boolean transcript = req.flag("retorna_transcricao");
        boolean summary = req.flag("retorna_resumo");
        long total = on.contains(HistoryBehaviour.TOTAL_COUNTS_UNLISTED) && page.total() > 0 ? page.total() + 1
                : page.total();
        return Envelopes.page(new Records(page.records(), state.renderer, transcript, summary, on), page.records().size(),
                total, EMPTY);
    }

    /** The page's records, written one by one into the response when the envelope is (no tree per record). */
    record Records(List<CompactRecord> records, HistoryRenderer renderer, boolean transcript, boolean summary,
                   Set<HistoryBehaviour> on)
            implements JsonSerializable {

        @Override
        public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartArray();
            for (CompactRecord r : records) {
                renderer.write(g, r, transcript, summary, on);
            }
            g.writeEndArray();
        }

        @Override
        public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer type)
                throws IOException {
            serialize(g, provider);
        }
    }

    /** The filters of the request as one predicate, or {@code null} when there are none (fast path). */
    private Predicate<CompactRecord> filter(SimRequest req) {
        Predicate<CompactRecord> p = null;
        String id = req.text("chamada_id");
        if (id != null) {
            p = and(p, r -> r.chamadaId().equals(id));
        }
        if (req.text("operador_id") != null) {
            int op = req.integer("operador_id", 0);
            p = and(p, r -> r.operatorId() == op);
        }
        String origem = req.text("numero_origem");
        if (origem != null) {
            p = and(p, r -> r.inbound() ? PhoneDigits.matches(r.number(), origem) : sameExtension(r.ramal(), origem));
        }
        String destino = req.text("numero_destino");
        if (destino != null) {
            p = and(p, r -> r.inbound() ? answeredBy(r, destino) : PhoneDigits.matches(r.number(), destino));
        }
        String ramalOrigem = req.text("ramal_origem");
        if (ramalOrigem != null) {
            p = and(p, r -> !r.inbound() && sameExtension(r.ramal(), ramalOrigem));
        }
        String ramalDestino = req.text("ramal_destino");
        if (ramalDestino != null) {
            p = and(p, r -> answeredBy(r, ramalDestino));
        }
        String status = req.text("filtro_status_chamada");
        if (status != null) {
            p = and(p, r -> r.outcome().status().equals(status));
        }
        if (req.text("status_ocorrencia") != null) {
            int occurrence = req.integer("status_ocorrencia", 0);
            p = and(p, r -> r.statusOcorrencia() == occurrence);
        }
        return p;
    }

    private boolean answeredBy(CompactRecord r, String ramal) {
        return r.inbound() && r.outcome() != CallOutcome.ABANDONED && sameExtension(r.ramal(), ramal);
    }

    /** {@code 201} and {@code demo-201} name the same extension. */
    private boolean sameExtension(String ramal, String asked) {
        if (ramal == null) {
            return false;
        }
        String plain = asked.startsWith(state.tenant + "-") ? asked.substring(state.tenant.length() + 1) : asked;
        return ramal.equals(plain);
    }

    private static Predicate<CompactRecord> and(Predicate<CompactRecord> a, Predicate<CompactRecord> b) {
        return a == null ? b : a.and(b);
    }
}
