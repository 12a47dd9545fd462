package br.com.jttelecom.console.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The customer numbers of the stored calls, read and rewritten a number at a time (every call of it at once). */
public final class StoredCallNumbers {

    private final Jdbi jdbi;
    private final Clock clock;

    public StoredCallNumbers(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every distinct number that is not written as E.164 ({@code +…}). Reads the whole table: for rare repairs. */
    public List<String> notInE164() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT phone_number FROM calls
                        WHERE phone_number IS NOT NULL AND phone_number NOT LIKE '+%'""")
                .mapTo(String.class).list());
    }

    /**
     * Gives every call of each key number the value instead, stamping {@code updated_at} (the stats
     * roll-up reads it). Joins the caller's transaction when there is one.
     *
     * @return how many calls changed
     */
    public int rewrite(Map<String, String> fromTo) {
        if (fromTo.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(
                    "UPDATE calls SET phone_number = :to, updated_at = :now WHERE phone_number = :from");
            fromTo.forEach((from, to) -> batch.bind("from", from).bind("to", to).bind("now", clock.instant()).add());
            int changed = 0;
            for (int n : batch.execute()) {
                changed += n;
            }
            return changed;
        });
    }
}
