package br.com.jttelecom.console.pabx;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The filters of {@code listar_historico_chamada}. Dates go out as {@code dd/mm/yyyy} (the PBX rejects
 * ISO dates), times as {@code HH:MM}. Periods longer than two months are split into windows, because the
 * PBX answers at most two months per query. Build with {@link #between(LocalDate, LocalDate)} and withers.
 */
public record HistoryQuery(
        LocalDate from,
        LocalDate to,
        LocalTime fromTime,
        LocalTime toTime,
        String callId,
        String operatorId,
        String originNumber,
        String destinationNumber,
        String originExtension,
        String destinationExtension,
        String statusFilter,
        String outcomeFilter,
        int pageSize,
        boolean withTranscript,
        boolean withSummary) {

    public static final int MAX_PAGE = 1000;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** What a query without a start time asks for: the first minute of its first day. */
    public static final LocalTime DAY_START = LocalTime.MIDNIGHT;
    /** What a query without an end time asks for: the last minute of its last day (the PBX's hours are minutes). */
    public static final LocalTime DAY_END = LocalTime.of(23, 59);

    public HistoryQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("history period ends before it starts: " + from + " > " + to);
        }
        pageSize = pageSize <= 0 || pageSize > MAX_PAGE ? MAX_PAGE : pageSize;
    }

    public static HistoryQuery between(LocalDate from, LocalDate to) {
        return new HistoryQuery(from, to, null, null, null, null, null, null, null, null, null, null, MAX_PAGE,
                false, false);
    }

    public HistoryQuery withTimes(LocalTime start, LocalTime end) {
        return new HistoryQuery(from, to, start, end, callId, operatorId, originNumber, destinationNumber,
                originExtension, destinationExtension, statusFilter, outcomeFilter, pageSize, withTranscript, withSummary);
    }

    public HistoryQuery withCallId(String id) {
        return new HistoryQuery(from, to, fromTime, toTime, id, operatorId, originNumber, destinationNumber,
                originExtension, destinationExtension, statusFilter, outcomeFilter, pageSize, withTranscript, withSummary);
    }

    public HistoryQuery withOperatorId(String id) {
        return new HistoryQuery(from, to, fromTime, toTime, callId, id, originNumber, destinationNumber,
                originExtension, destinationExtension, statusFilter, outcomeFilter, pageSize, withTranscript, withSummary);
    }

    public HistoryQuery withNumbers(String origin, String destination) {
        return new HistoryQuery(from, to, fromTime, toTime, callId, operatorId, origin, destination,
                originExtension, destinationExtension, statusFilter, outcomeFilter, pageSize, withTranscript, withSummary);
    }

    public HistoryQuery withExtensions(String origin, String destination) {
        return new HistoryQuery(from, to, fromTime, toTime, callId, operatorId, originNumber, destinationNumber,
                origin, destination, statusFilter, outcomeFilter, pageSize, withTranscript, withSummary);
    }

    /** {@code filtro_status_chamada} and {@code status_ocorrencia}, passed as given (their codes are assumed). */
    public HistoryQuery withStatusFilters(String callStatus, String outcome) {
        return new HistoryQuery(from, to, fromTime, toTime, callId, operatorId, originNumber, destinationNumber,
                originExtension, destinationExtension, callStatus, outcome, pageSize, withTranscript, withSummary);
    }

    public HistoryQuery withPageSize(int size) {
        return new HistoryQuery(from, to, fromTime, toTime, callId, operatorId, originNumber, destinationNumber,
                originExtension, destinationExtension, statusFilter, outcomeFilter, size, withTranscript, withSummary);
    }

    /** Ask for the AI transcript and/or summary ({@code retorna_transcricao=sim}, {@code retorna_resumo=sim}). */
    public HistoryQuery withAi(boolean transcript, boolean summary) {
        return new HistoryQuery(from, to, fromTime, toTime, callId, operatorId, originNumber, destinationNumber,
                originExtension, destinationExtension, statusFilter, outcomeFilter, pageSize, transcript, summary);
    }

    /**
     * The period cut into windows of at most two months, in order, covering every day once. The
     * period's start time stays with the first window and its end time with the last; the others
     * run from 00:00 to 23:59 (a start time repeated in every window would cut each window's first day).
     */
    public List<HistoryQuery> windows() {
        List<HistoryQuery> out = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate limit = start.plusMonths(2).minusDays(1);
            LocalDate end = limit.isBefore(to) ? limit : to;
            LocalTime startTime = start.equals(from) ? fromTime : null;
            LocalTime endTime = end.equals(to) ? toTime : null;
            out.add(new HistoryQuery(start, end, startTime, endTime, callId, operatorId, originNumber, destinationNumber,
                    originExtension, destinationExtension, statusFilter, outcomeFilter, pageSize, withTranscript,
                    withSummary));
            start = end.plusDays(1);
        }
        return out;
    }

    /** The top-level fields for one page of this (single-window) query. */
    Map<String, Object> params(long offset) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("data_inicial", DATE.format(from));
        p.put("data_final", DATE.format(to));
        // Both hours always: a server may read a missing hour as 00:00, which would end the window at
        // midnight of its last day and lose that whole day (seen on a server we did not write).
        p.put("hora_inicial", TIME.format(fromTime == null ? DAY_START : fromTime));
        p.put("hora_final", TIME.format(toTime == null ? DAY_END : toTime));
        put(p, "chamada_id", callId);
        put(p, "operador_id", operatorId);
        put(p, "numero_origem", originNumber);
        put(p, "numero_destino", destinationNumber);
        put(p, "ramal_origem", originExtension);
        put(p, "ramal_destino", destinationExtension);
        put(p, "filtro_status_chamada", statusFilter);
        put(p, "status_ocorrencia", outcomeFilter);
        p.put("quantidade", pageSize);
        p.put("pos_registro_inicial", offset);
        if (withTranscript) {
            p.put("retorna_transcricao", "sim");
        }
        if (withSummary) {
            p.put("retorna_resumo", "sim");
        }
        return p;
    }

    private static void put(Map<String, Object> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value);
        }
    }
}
