package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.model.Call;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a history page ended: the sort key (start_time DESC, id DESC) of its last row. The next
 * page starts strictly after it, so rows sharing a start_time are neither skipped nor repeated,
 * and a deep page costs the same as the first (no OFFSET).
 */
public record PageCursor(Instant startTime, long id) {

    public PageCursor {
        Objects.requireNonNull(startTime, "startTime");
    }

    /** The cursor after this stored call. */
    public static PageCursor after(Call call) {
        return new PageCursor(call.startTime(), Objects.requireNonNull(call.id(), "call not stored"));
    }
}
