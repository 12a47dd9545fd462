package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import java.util.List;
import java.util.Optional;

/**
 * One page of history, newest first.
 *
 * @param calls the rows, at most the requested limit
 * @param next  the cursor for the following page, or {@code null} when this was the last one
 */
public record CallPage(List<Call> calls, PageCursor next) {

    public CallPage {
        calls = List.copyOf(calls);
    }

    public Optional<PageCursor> nextCursor() {
        return Optional.ofNullable(next);
    }

    public boolean hasMore() {
        return next != null;
    }
}
