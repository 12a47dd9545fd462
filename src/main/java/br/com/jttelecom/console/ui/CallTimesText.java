package br.com.jttelecom.console.ui;

import br.com.jttelecom.console.i18n.Messages;
import br.com.jttelecom.console.model.CallTimes;
import java.time.Duration;
import java.util.List;

/**
 * A call's talk, wait and total as every screen shows them (call detail, lead card, call panel): the same labels,
 * the same order and {@link Durations#format} for each, so one call never reads 01:12 here and 1:10 there.
 * An unknown figure says so instead of passing for {@code 0:00}.
 */
public final class CallTimesText {

    /** One labelled figure ("Conversa", "1:10"). */
    public record Figure(String label, String value) {
    }

    private final Messages messages;

    public CallTimesText(Messages messages) {
        this.messages = messages;
    }

    /** Talk, wait, total, in that order. */
    public List<Figure> figures(CallTimes t) {
        return List.of(new Figure(messages.get("call.times.talk"), value(t.talkTime())),
                new Figure(messages.get("call.times.wait"), value(t.waitTime())),
                new Figure(messages.get("call.times.total"), value(t.totalTime())));
    }

    /** The three on one line: {@code Conversa 1:10 · Espera 0:10 · Total 1:20}. */
    public String line(CallTimes t) {
        return messages.get("call.times.line", value(t.talkTime()), value(t.waitTime()), value(t.totalTime()));
    }

    private String value(Duration d) {
        return d == null ? messages.get("call.times.unknown") : Durations.format(d);
    }
}
