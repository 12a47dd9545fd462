package br.com.jttelecom.console.service;

import br.com.jttelecom.console.model.Call;

import java.util.List;

/**
 * One page of the local history, newest first.
 *
 * @param next where the following page starts, or {@code null} on the last page
 */
public record HistoryPage(List<Call> calls, PageMark next) {

    public HistoryPage {
        calls = List.copyOf(calls);
    }

    public boolean hasMore() {
        return next != null;
    }
}
