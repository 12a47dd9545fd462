package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.Call;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Which lead each stored call belongs to: matching by phone, the calls that match none, and
 * attaching a call by hand. Kept apart from {@link CallRepository} because it reads both the
 * calls and the leads' phones.
 */
public final class CallLeadLinks {

    /**
     * Gives every call without a lead the lead that has its number (the lowest id when several
     * do). Calls that already have a lead keep it, so running it again changes nothing.
     */
    private static final String MATCH = """
            UPDATE calls SET lead_id = (SELECT MIN(p.lead_id) FROM lead_phone p WHERE p.e164 = calls.phone_number),
                   updated_at = :now
            WHERE lead_id IS NULL AND phone_number IS NOT NULL
              AND EXISTS (SELECT 1 FROM lead_phone p WHERE p.e164 = calls.phone_number)
            """;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CallRowMapper mapper = new CallRowMapper();

    public CallLeadLinks(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CallLeadLinks(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** Matches calls to leads by phone; returns how many calls got a lead. */
    public int matchByPhone() {
        return jdbi.withHandle(h -> h.createUpdate(MATCH).bind("now", clock.instant()).execute());
    }

    /** The calls with a customer number and no lead ("não identificadas"), newest first. */
    public List<Call> unmatched(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CallRowMapper.COLUMNS + """
                         FROM calls WHERE lead_id IS NULL AND phone_number IS NOT NULL AND direction <> 'internal'
                        ORDER BY start_time DESC, id DESC LIMIT :limit
                        """)
                .bind("limit", limit).map(mapper).list());
    }

    /** How many calls have a number and no lead. */
    public long countUnmatched() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM calls WHERE lead_id IS NULL AND phone_number IS NOT NULL AND direction <> 'internal'
                        """).mapTo(Long.class).one());
    }

    /** Attaches the call to the lead, whatever it had; {@code false} when no such call. */
    public boolean attach(long callId, long leadId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE calls SET lead_id = :lead, updated_at = :now WHERE id = :id")
                .bind("lead", leadId).bind("now", clock.instant()).bind("id", callId).execute() == 1);
    }
}
