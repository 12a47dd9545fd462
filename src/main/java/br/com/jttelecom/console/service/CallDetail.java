package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Call;
import br.com.jttelecom.console.model.CallEvent;

import java.util.List;

/** A stored call with its event timeline, oldest event first. */
public record CallDetail(Call call, List<CallEvent> events) {

    public CallDetail {
        events = List.copyOf(events);
    }
}
