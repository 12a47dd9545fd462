package br.com.jttelecom.console.pabx;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.model.Direction;
import br.com.jttelecom.console.pabx.wire.HistoryRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A history record → {@link Call}: status by the spec's table (the sip code decides when present),
 * durations, São Paulo time, direction and the customer's number from {@code origem}/{@code destino}.
 * Values that do not map are kept raw in {@code rawStatus} and logged once per distinct value.
 */
public final class HistoryMapper {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryMapper.class);
    private static final int MAX_REMEMBERED = 256;

    private final Set<String> loggedUnknown = ConcurrentHashMap.newKeySet();

    public Call toCall(HistoryRecord r) {
        Party from = Party.parse(r.origem());
        Party to = Party.parse(r.destino());
        Direction direction = direction(from, to);
        Duration duration = PbxValues.duration(r.duracao() != null ? r.duracao() : r.duracaoChamada());
        Duration talk = talkTime(r);
        // The queue wait alone said "0:00" for a call that rang: the wait is what the total has beyond the talk.
        CallTimes times = CallTimes.of(duration, talk, PbxValues.duration(r.tempoEsperaTotalFilas()));
        Integer sip = PbxValues.integer(r.sipCode());
        String statusText = r.status() != null && !r.status().isBlank() ? r.status() : r.statusDescricao();
        boolean talked = talk != null ? !talk.isZero() : statusSaysAnswered(statusText);
        CallStatus status = bySip(sip, talked);
        if (status == null) {
            status = byStatus(statusText);
        }
        String raw = null;
        if (status == null) {
            raw = "status=" + r.status() + (r.statusDescricao() == null ? "" : " (" + r.statusDescricao() + ")")
                    + " sip_code=" + r.sipCode();
            status = talked ? CallStatus.COMPLETED : CallStatus.FAILED;
            logOnce(raw);
        }
        Instant start = PbxValues.dateTime(r.data());
        Instant end = start != null && duration != null ? start.plus(duration) : null;
        return new Call(null, null, null, null,
                customerNumber(direction, from, to),
                direction,
                duration,
                status,
                start,
                end,
                PbxValues.blankToNull(r.linkGravacao()),
                PbxValues.blankToNull(r.callId()),
                null,
                extension(direction, from, to),
                PbxValues.blankToNull(r.operador()),
                times.waitTime(),
                times.talkTime(),
                PbxValues.blankToNull(r.hangupReason()),
                sip,
                PbxValues.blankToNull(r.transcricao()),
                PbxValues.blankToNull(r.resumo()),
                null,
                raw);
    }

    /**
     * {@code duracao_real} is the conversation itself; older servers only have the operator's queue time.
     * A started second counts, as in the PBX's own {@code duracao} (wait + talk rounded up): rounded the
     * other way, total − talk would add the talk's fraction to the wait.
     */
    private static Duration talkTime(HistoryRecord r) {
        Duration real = PbxValues.duration(r.duracaoReal());
        if (real != null) {
            Duration whole = Duration.ofSeconds(real.toSeconds());
            return whole.equals(real) ? real : whole.plusSeconds(1);
        }
        return PbxValues.duration(r.tempoOperadorTotalFilas());
    }

    static Direction direction(Party from, Party to) {
        if (from.isExtension()) {
            return to.isExtension() ? Direction.INTERNAL : Direction.OUTBOUND;
        }
        if (to.isExtension() || to.kind() == Party.Kind.QUEUE || from.did() != null) {
            return Direction.INBOUND;
        }
        return Direction.OUTBOUND;
    }

    private static String customerNumber(Direction d, Party from, Party to) {
        return switch (d) {
            case OUTBOUND -> to.number() != null ? to.number() : from.number();
            case INBOUND -> from.number();
            case INTERNAL -> to.number();
        };
    }

    private static String extension(Direction d, Party from, Party to) {
        return switch (d) {
            case OUTBOUND, INTERNAL -> from.isExtension() ? from.number() : null;
            case INBOUND -> to.isExtension() ? to.number() : null;
        };
    }

    /** The sip code decides when present (a 200 without talk time may be a voicemail: left to the status). */
    static CallStatus bySip(Integer sip, boolean talked) {
        if (sip == null) {
            return null;
        }
        return switch (sip) {
            case 200 -> talked ? CallStatus.COMPLETED : null;
            case 486 -> CallStatus.BUSY;
            case 408, 487, 600, 603 -> CallStatus.MISSED;
            case 404, 480, 503 -> CallStatus.FAILED;
            default -> null;
        };
    }

    /** {@code status}: 1 atendida, 0 não atendida, 2 falha, 486 ocupado; or text ("ATENDIDA", "Não atendida"). */
    static CallStatus byStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String s = status.strip();
        switch (s) {
            case "1":
                return CallStatus.COMPLETED;
            case "0":
                return CallStatus.MISSED;
            case "2":
                return CallStatus.FAILED;
            case "486":
                return CallStatus.BUSY;
            default:
                break;
        }
        String t = s.toLowerCase(Locale.ROOT);
        boolean negated = t.contains("não") || t.contains("nao");
        if (t.contains("ocupad") || t.contains("busy")) {
            return CallStatus.BUSY;
        }
        if (t.contains("atend")) {
            return negated ? CallStatus.MISSED : CallStatus.COMPLETED;
        }
        if (t.contains("falh")) {
            return CallStatus.FAILED;
        }
        return null;
    }

    private static boolean statusSaysAnswered(String status) {
        return byStatus(status) == CallStatus.COMPLETED;
    }

    private void logOnce(String raw) {
        if (loggedUnknown.size() < MAX_REMEMBERED && loggedUnknown.add(raw)) {
            LOG.info("unmapped PBX call status kept raw: {}", raw);
        }
    }
}
