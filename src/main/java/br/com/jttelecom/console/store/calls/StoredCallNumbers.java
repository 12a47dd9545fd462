package br.com.jttelecom.console.store.calls;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The customer numbers of the stored calls, read and rewritten for the one-time repairs of the stored form. */
public final class StoredCallNumbers {

    /** A number as stored on the calls of one extension ({@code null}: calls without an extension). */
    public record OnExtension(String number, String extension) {
    }

    /** A stored call's number: its row id and the number. */
    public record CallNumber(long callId, String number) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public StoredCallNumbers(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every distinct number not written as E.164 ({@code +…}), with its calls' extension. Reads the whole table: for rare repairs. */
    public List<OnExtension> notInE164ByExtension() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT phone_number, extension FROM calls
                        WHERE phone_number IS NOT NULL AND phone_number NOT LIKE '+%'""")
                .map((rs, ctx) -> new OnExtension(rs.getString("phone_number"), rs.getString("extension"))).list());
    }

    /** The calls of {@code extension} whose number starts with {@code prefix} ({@code +5548}). */
    public List<CallNumber> onExtensionStartingWith(String extension, String prefix) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, phone_number FROM calls WHERE extension = :ext AND phone_number LIKE :prefix""")
                .bind("ext", extension).bind("prefix", prefix + "%")
                .map((rs, ctx) -> new CallNumber(rs.getLong("id"), rs.getString("phone_number"))).list());
    }

    /**
     * Gives the calls of each stored number and extension ({@code null}: the calls without one) the new
     * number at the same position, stamping {@code updated_at} (the stats roll-up reads it). Joins the
     * caller's transaction when there is one.
     *
     * @return how many calls changed
     */
    public int rewrite(List<OnExtension> from, List<String> to) {
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("one new number per stored number");
        }
        if (from.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            PreparedBatch onExt = h.prepareBatch("""
                    UPDATE calls SET phone_number = :to, updated_at = :now WHERE phone_number = :from AND extension = :ext""");
            PreparedBatch noExt = h.prepareBatch("""
                    UPDATE calls SET phone_number = :to, updated_at = :now WHERE phone_number = :from AND extension IS NULL""");
            for (int i = 0; i < from.size(); i++) {
                OnExtension f = from.get(i);
                if (f.extension() == null) {
                    noExt.bind("from", f.number()).bind("to", to.get(i)).bind("now", clock.instant()).add();
                } else {
                    onExt.bind("from", f.number()).bind("ext", f.extension()).bind("to", to.get(i))
                            .bind("now", clock.instant()).add();
                }
            }
            return (onExt.size() == 0 ? 0 : sum(onExt.execute())) + (noExt.size() == 0 ? 0 : sum(noExt.execute()));
        });
    }

    /** Gives each call (by row id) its new number, stamping {@code updated_at}. Joins the caller's transaction. */
    public int rewriteCalls(Map<Long, String> numbers) {
        if (numbers.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("UPDATE calls SET phone_number = :to, updated_at = :now WHERE id = :id");
            numbers.forEach((id, to) -> batch.bind("id", id).bind("to", to).bind("now", clock.instant()).add());
            return sum(batch.execute());
        });
    }

    private static int sum(int[] counts) {
        int changed = 0;
        for (int n : counts) {
            changed += n;
        }
        return changed;
    }
}
