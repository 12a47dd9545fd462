package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a {@link CompactRecord} into the record the newer servers send, quirks included: string
 * values, {@code motivo_deligamento} (sic), {@code link_gravacao} as a list on every 7th record,
 * {@code sip_code} as a number on every 5th, queue wait as plain seconds on every 3rd inbound call.
 */
final class HistoryRenderer {

    private final String tenant;
    private final String clienteNome;
    private final Supplier<String> recordingBase;
    private final SimClock clock;
    private final Duration recordingDelay;

    /**
     * @param recordingBase  e.g. {@code http://127.0.0.1:PORT/suite/gravacoes/} (known only once started)
     * @param recordingDelay how long after the hang-up the recording appears (it can lag the record itself)
     */
    HistoryRenderer(String tenant, String clienteNome, Supplier<String> recordingBase, SimClock clock,
                    Duration recordingDelay) {
        this.tenant = tenant;
        this.clienteNome = clienteNome;
        this.recordingBase = recordingBase;
        this.clock = clock;
        this.recordingDelay = recordingDelay;
    }

    /** Whether the call was recorded and its recording is already available. */
    boolean recordingReady(CompactRecord r) {
        Instant ready = Instant.ofEpochSecond(r.startEpochSecond() + r.totalSeconds()).plus(recordingDelay);
        return r.recorded() && !clock.now().isBefore(ready);
    }

    /**
     * Writes the record as the PBX sends it, straight into the response: a 1000-record page was a
     * tree of 1000 {@code ObjectNode}s first, the simulator's largest allocation during a 200k sync
     * bench (which runs the simulator in its own JVM). Same fields, same order, same JSON.
     */
    void write(JsonGenerator g, CompactRecord r, boolean transcript, boolean summary, Set<HistoryBehaviour> on)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("chamada_id", r.chamadaId());
        g.writeStringField("data", SimDates.format(Instant.ofEpochSecond(r.startEpochSecond())));
        g.writeStringField("cliente_nome", clienteNome);
        g.writeStringField("origem", origem(r, on));
        g.writeStringField("destino", destino(r, on));
        g.writeStringField("operador", r.operatorName() == null ? "" : r.operatorName());
        writeStatus(g, r, on);
        g.writeStringField("duracao", SimDates.hms(r.totalSeconds()));
        g.writeStringField("duracao_real", SimDates.hmsMillis(r.talkMillis()));
        g.writeStringField("tempo_espera_total_filas", queueWait(r));
        g.writeStringField("tempo_operador_total_filas", SimDates.hms(r.talkMillis() / 1000));
        g.writeStringField("motivo_deligamento",
                r.outcome() == CallOutcome.ANSWERED ? (r.seq() % 2 == 0 ? "OK" : "Cliente desligou") : "");
        writeSipCode(g, r);
        writeRecording(g, r);
        if (transcript) {
            g.writeStringField("transcricao", r.outcome() == CallOutcome.ANSWERED ? transcriptOf(r) : "");
        }
        if (summary) {
            g.writeStringField("resumo", r.outcome() == CallOutcome.ANSWERED ? summaryOf(r) : "");
        }
        g.writeEndObject();
    }

    String recordingUrl(String chamadaId) {
        return recordingBase.get() + chamadaId + ".wav";
    }

    /** {@code origem} as a server with these behaviours writes it. */
    String origem(CompactRecord r, Set<HistoryBehaviour> on) {
        if (!r.inbound() || on.isEmpty()) {
            return origem(r);
        }
        String caller = on.contains(HistoryBehaviour.LOCAL_NUMBERS_WITHOUT_DDD)
                ? NumberForms.inboundWithoutLocalDdd(r) : r.number();
        if (on.contains(HistoryBehaviour.FORMATTED_NUMBERS)) {
            caller = NumberForms.formatted(caller, r.seq());
        }
        return caller + " (DID: " + r.did() + ")";
    }

    /** {@code destino} as a server with these behaviours writes it. */
    String destino(CompactRecord r, Set<HistoryBehaviour> on) {
        if (!r.inbound() && on.contains(HistoryBehaviour.LOCAL_NUMBERS_WITHOUT_DDD)) {
            return NumberForms.outboundWithoutLocalDdd(r);
        }
        return destino(r);
    }

    String origem(CompactRecord r) {
        return r.inbound() ? r.number() + " (DID: " + r.did() + ")" : extension(r.ramal());
    }

    String destino(CompactRecord r) {
        if (!r.inbound()) {
            return dialled(r);
        }
        return r.outcome() == CallOutcome.ABANDONED ? "DID -> FILA" : extension(r.ramal());
    }

    /**
     * The outbound number as the extension dialled it: a number without DDD is local to the extension, so a
     * customer in another area (a DDD-48 number called from a DDD-11 extension) shows as {@code 0}+DDD+number.
     */
    private static String dialled(CompactRecord r) {
        String n = r.number();
        String customer = r.customerNumber();
        boolean local = n != null && (n.length() == 8 || n.length() == 9) && n.chars().allMatch(Character::isDigit);
        if (local && customer != null && r.ddd() != null && !customer.startsWith(r.ddd())) {
            return "0" + customer;
        }
        return n;
    }

    String extension(String ramal) {
        return tenant + "-" + ramal;
    }

    private static String queueWait(CompactRecord r) {
        if (!r.inbound()) {
            return "00:00:00";
        }
        return r.seq() % 3 == 0 ? Integer.toString(r.waitSeconds()) : SimDates.hms(r.waitSeconds());
    }

    /** A numeric string by default; text, a JSON integer or a rotation of the three with the status behaviours. */
    private static void writeStatus(JsonGenerator g, CompactRecord r, Set<HistoryBehaviour> on) throws IOException {
        int style; // 0 numeric string, 1 text, 2 integer
        if (on.contains(HistoryBehaviour.STATUS_MIXED)) {
            style = (int) (r.seq() % 3);
        } else if (on.contains(HistoryBehaviour.STATUS_AS_TEXT)) {
            style = 1;
        } else if (on.contains(HistoryBehaviour.STATUS_AS_INT)) {
            style = 2;
        } else {
            style = 0;
        }
        switch (style) {
            case 1 -> g.writeStringField("status", r.outcome().statusText());
            case 2 -> g.writeNumberField("status", Integer.parseInt(r.outcome().status()));
            default -> g.writeStringField("status", r.outcome().status());
        }
    }

    private static void writeSipCode(JsonGenerator g, CompactRecord r) throws IOException {
        int sip = r.outcome().sipCode();
        if (sip == 0) {
            g.writeStringField("sip_code", "");
        } else if (r.seq() % 5 == 0) {
            g.writeNumberField("sip_code", sip);
        } else {
            g.writeStringField("sip_code", Integer.toString(sip));
        }
    }

    private void writeRecording(JsonGenerator g, CompactRecord r) throws IOException {
        if (!recordingReady(r)) {
            g.writeStringField("link_gravacao", "");
        } else if (r.seq() % 7 == 0) {
            g.writeArrayFieldStart("link_gravacao");
            g.writeString(recordingUrl(r.chamadaId()));
            g.writeEndArray();
        } else {
            g.writeStringField("link_gravacao", recordingUrl(r.chamadaId()));
        }
    }

    private String transcriptOf(CompactRecord r) {
        String who = r.operatorName() == null || r.operatorName().isBlank() ? "Atendente" : r.operatorName();
        return who + ": Olá, aqui é da " + clienteNome + ", em que posso ajudar? Cliente: Gostaria de saber sobre o meu pedido. "
                + who + ": Claro, vou verificar agora mesmo.";
    }

    private static String summaryOf(CompactRecord r) {
        return r.inbound()
                ? "Cliente ligou pedindo informações sobre um pedido; atendente verificou e respondeu."
                : "Contato ativo: atendente apresentou a proposta e combinou retorno.";
    }
}
