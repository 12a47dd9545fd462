package br.com.jttelecom.console.service.history;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;

import java.util.List;

/**
 * A stored call with its event timeline, oldest event first.
 *
 * @param leadName the name of the call's lead, {@code null} when it has none (or the lead is gone)
 */
public record CallDetail(Call call, List<CallEvent> events, String leadName) {

    public CallDetail {
        events = List.copyOf(events);
    }

    public CallDetail(Call call, List<CallEvent> events) {
        this(call, events, null);
    }
}
