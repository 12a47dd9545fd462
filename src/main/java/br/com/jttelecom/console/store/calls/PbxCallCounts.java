package br.com.jttelecom.console.store.calls;

import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * How many of the PBX's calls the store holds for a period: what the history sync's reconciliation
 * compares with the PBX's {@code qtd_total_resultados}. Counts rows with a PBX id only (a dial the
 * console is still following has none yet) and reads {@code ix_calls_start}.
 */
public final class PbxCallCounts {

    private final Jdbi jdbi;

    public PbxCallCounts(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    /** Calls with a PBX id that started in {@code [from, to)}. */
    public long startedBetween(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM calls
                        WHERE start_time >= :from AND start_time < :to AND external_call_id IS NOT NULL""")
                .bind("from", from).bind("to", to).mapTo(Long.class).one());
    }
}
