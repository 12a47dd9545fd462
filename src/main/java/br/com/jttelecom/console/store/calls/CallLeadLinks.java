package br.com.jttelecom.console.store.calls;

import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Which lead each stored call belongs to: matching by phone, and attaching calls by hand (one call,
 * or every call of a number). Kept apart from {@link CallRepository} because it reads both the
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

    public CallLeadLinks(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CallLeadLinks(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** Matches calls to leads by phone; returns how many calls got a lead. */
    public int matchByPhone() {
        return CallWalks.run("matching calls to their leads",
                () -> jdbi.withHandle(h -> h.createUpdate(MATCH).bind("now", clock.instant()).execute()));
    }

    /** Attaches the call to the lead, whatever it had; {@code false} when no such call. */
    public boolean attach(long callId, long leadId) {
        return jdbi.withHandle(h -> {
            boolean found = h.createUpdate("UPDATE calls SET lead_id = :lead, updated_at = :now WHERE id = :id")
                    .bind("lead", leadId).bind("now", clock.instant()).bind("id", callId).execute() == 1;
            Journalled.record(h, JournalTable.CALL, callId);
            return found;
        });
    }

    /** Gives every call from this number that has no lead yet to the lead; returns how many. */
    public int attachNumber(String e164, long leadId) {
        return claim(leadId, List.of(e164));
    }

    /** Gives the calls without a lead from any of these numbers (a lead's phones) to the lead; returns how many. */
    public int claim(long leadId, List<String> phones) {
        if (phones.isEmpty()) {
            return 0;
        }
        // By hand, so journalled call by call (matchByPhone is not: it is derived from the leads' phones).
        return jdbi.inTransaction(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM calls WHERE phone_number IN (<phones>) AND lead_id IS NULL")
                    .bindList("phones", phones).mapTo(Long.class).list();
            int claimed = h.createUpdate("""
                            UPDATE calls SET lead_id = :lead, updated_at = :now
                            WHERE phone_number IN (<phones>) AND lead_id IS NULL
                            """)
                    .bind("lead", leadId).bind("now", clock.instant()).bindList("phones", phones).execute();
            ids.forEach(id -> Journalled.record(h, JournalTable.CALL, id));
            return claimed;
        });
    }
}
