package br.com.jttelecom.console.ui.history;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;
import br.com.jttelecom.console.model.CallStatus;
import br.com.jttelecom.console.model.CallTimes;
import br.com.jttelecom.console.service.history.CallDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail's timeline in words: each stored event (the seed's CallLog) as "discando", "chamando o ramal", …,
 * "encerrada", "status final — atendida". A call the console only knows from the PBX's history has no events; its
 * timeline is told from the record itself (start, answer after the wait, end) and says so.
 */
final class CallTimeline {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z_]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Messages messages;
    private final CallTexts texts;

    CallTimeline(Messages messages, CallTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    List<String> lines(CallDetail detail) {
        if (detail.events().isEmpty()) {
            return fromRecord(detail.call());
        }
        return detail.events().stream().map(this::line).toList();
    }

    private String line(CallEvent e) {
        String key = "call.event." + e.eventType();
        String label = messages.get(key);
        StringBuilder text = new StringBuilder(texts.dateTime(e.timestamp())).append("  ")
                .append(label.equals(key) ? e.eventType() : label); // a type this version does not know: as stored
        String data = e.eventData() == null ? "" : e.eventData();
        Matcher status = STATUS.matcher(data);
        if (status.find()) {
            try {
                text.append(" — ").append(texts.status(CallStatus.fromCode(status.group(1))));
            } catch (IllegalArgumentException unknown) {
                text.append(" — ").append(status.group(1));
            }
        }
        Matcher message = MESSAGE.matcher(data);
        if (message.find()) {
            text.append(" — ").append(message.group(1).replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\"));
        }
        return text.toString();
    }

    private List<String> fromRecord(Call c) {
        List<String> out = new ArrayList<>();
        out.add(messages.get("history.detail.noEvents"));
        if (c.startTime() != null) {
            out.add(texts.dateTime(c.startTime()) + "  " + messages.get("call.event.started"));
        }
        java.time.Duration wait = CallTimes.of(c).waitTime(); // answered when the wait ended, by the detail's own figure
        if (c.status() == CallStatus.COMPLETED && c.startTime() != null && wait != null) {
            out.add(texts.dateTime(c.startTime().plus(wait)) + "  " + messages.get("call.event.answered"));
        }
        if (c.endTime() != null && c.status() != CallStatus.IN_PROGRESS) {
            out.add(texts.dateTime(c.endTime()) + "  " + messages.get("call.event.ended") + " — " + texts.status(c.status()));
        }
        return out;
    }
}
