package br.com.jttelecom.console.store;

import br.com.jttelecom.console.model.Lead;
import br.com.jttelecom.console.model.LeadPage;
import br.com.jttelecom.console.model.LeadSummary;
import br.com.jttelecom.console.store.recovery.JournalTable;
import br.com.jttelecom.console.store.recovery.Journalled;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Leads with their phones and search terms. Every write keeps {@code lead}, {@code lead_phone}
 * and {@code lead_search_term} in step inside one transaction. Phones must already be E.164
 * (the service normalises them); this class stores, it does not validate.
 */
public final class LeadRepository {

    private static final String INSERT = """
            INSERT INTO lead (name, company, email, phone, phone_alt, stage, owner_user_id, next_callback_at, notes,
                              sort_name, created_at, updated_at)
            VALUES (:name, :company, :email, :phone, :phoneAlt, :stage, :owner, :callback, :notes, :sortName, :now, :now)
            """;

    private static final String UPDATE = """
            UPDATE lead SET name = :name, company = :company, email = :email, phone = :phone, phone_alt = :phoneAlt,
                   stage = :stage, owner_user_id = :owner, next_callback_at = :callback, notes = :notes,
                   sort_name = :sortName, updated_at = :now
            WHERE id = :id
            """;

    private final Jdbi jdbi;
    private final Clock clock;
    private final LeadRowMapper mapper = new LeadRowMapper();
    private final int narrowCap;

    public LeadRepository(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, LeadSearch.NARROW);
    }

    /** With another narrow/broad threshold, so a test reaches the broad plan without thousands of leads. */
    LeadRepository(Jdbi jdbi, Clock clock, int narrowCap) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.narrowCap = narrowCap;
    }

    public LeadRepository(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** Stores a new lead (id null) and returns it with its id. */
    public Lead insert(Lead lead) {
        return jdbi.inTransaction(h -> insert(h, lead));
    }

    /** Stores every lead in one transaction: all of them, or none when any write fails. */
    public List<Lead> insertAll(Collection<Lead> leads) {
        return jdbi.inTransaction(h -> {
            List<Lead> stored = new ArrayList<>(leads.size());
            for (Lead lead : leads) {
                stored.add(insert(h, lead));
            }
            return stored;
        });
    }

    /** Replaces the stored lead with this one (same id); {@code false} when no such lead. */
    public boolean update(Lead lead) {
        long id = Objects.requireNonNull(lead.id(), "update needs the lead's id");
        return jdbi.inTransaction(h -> {
            if (bind(h.createUpdate(UPDATE).bind("id", id), lead).execute() != 1) {
                return false;
            }
            h.createUpdate("DELETE FROM lead_phone WHERE lead_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM lead_search_term WHERE lead_id = :id").bind("id", id).execute();
            writeChildren(h, id, lead);
            Journalled.record(h, JournalTable.LEAD, id);
            return true;
        });
    }

    public Optional<Lead> findById(long id) {
        return findSummaryById(id).map(LeadSummary::lead);
    }

    /** The lead as a row of the leads table reads it, with its owner's name. */
    public Optional<LeadSummary> findSummaryById(long id) {
        return jdbi.withHandle(h -> {
            List<LeadSummary> rows = h.createQuery("SELECT " + LeadRowMapper.COLUMNS + LeadRowMapper.FROM
                    + " WHERE l.id = :id").bind("id", id).map(mapper).list();
            return withPhones(h, rows).stream().findFirst();
        });
    }

    /**
     * Leads whose every typed word starts one of their terms (a word of the name or company, or
     * the digits of a phone), at most {@code limit}, sorted by name: the first ones by name when
     * few leads match, the closest matches when thousands do (see {@link LeadSearch}); the first
     * {@code limit} leads by name when nothing is typed.
     */
    public List<LeadSummary> search(String typed, int limit) {
        return searchPage(typed, limit).leads();
    }

    /** {@link #search}, with how many leads match in all when the search knows it ("200 de 203 leads"). */
    public LeadPage searchPage(String typed, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<String> words = SearchText.words(typed);
        return jdbi.withHandle(h -> {
            LeadSearch.Found found = LeadSearch.find(h, words, limit, narrowCap);
            OptionalLong total = found.total() < 0 ? OptionalLong.empty() : OptionalLong.of(found.total());
            if (found.ids().isEmpty()) {
                return new LeadPage(List.of(), total);
            }
            // Only the page's leads get their owner, last call and phones read; the page shows by name.
            List<LeadSummary> page = h.createQuery("SELECT " + LeadRowMapper.COLUMNS + LeadRowMapper.FROM
                            + " WHERE l.id IN (<ids>) ORDER BY l.sort_name, l.id")
                    .bindList("ids", found.ids()).map(mapper).list();
            return new LeadPage(withPhones(h, page), total);
        });
    }

    /** The ids of the leads with this E.164 phone, lowest first. */
    public List<Long> findIdsByPhone(String e164) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT DISTINCT lead_id FROM lead_phone WHERE e164 = :e164 ORDER BY lead_id")
                .bind("e164", e164).mapTo(Long.class).list());
    }

    /**
     * Shares the leads that have no owner among these users, by lead id (demo mode's first start: the
     * seeded leads then read as the agent's and the supervisor's, as a real list would).
     *
     * @return how many leads got an owner
     */
    public int giveUnownedTo(List<Long> owners) {
        if (owners.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(h -> {
            int given = 0;
            for (int i = 0; i < owners.size(); i++) {
                given += h.createUpdate("UPDATE lead SET owner_user_id = :owner WHERE owner_user_id IS NULL AND MOD(id, :n) = :i")
                        .bind("owner", owners.get(i)).bind("n", owners.size()).bind("i", i).execute();
            }
            return given;
        });
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead").mapTo(Long.class).one());
    }

    private Lead insert(Handle h, Lead lead) {
        if (lead.id() != null) {
            throw new IllegalArgumentException("already stored: id " + lead.id());
        }
        long id = bind(h.createUpdate(INSERT), lead).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        writeChildren(h, id, lead);
        Journalled.record(h, JournalTable.LEAD, id);
        return lead.withId(id);
    }

    private <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(S statement, Lead lead) {
        List<String> phones = lead.phones();
        return statement.bind("name", lead.name())
                .bind("company", lead.company())
                .bind("email", lead.email())
                .bind("phone", phones.isEmpty() ? null : phones.get(0))
                .bind("phoneAlt", phones.size() < 2 ? null : phones.get(1))
                .bind("stage", lead.stage().code())
                .bind("owner", lead.ownerUserId())
                .bind("callback", lead.nextCallbackAt())
                .bind("notes", lead.notes())
                .bind("sortName", SearchText.normalise(lead.name()))
                .bind("now", clock.instant());
    }

    private static void writeChildren(Handle h, long id, Lead lead) {
        PreparedBatch phones = h.prepareBatch("INSERT INTO lead_phone (lead_id, position, e164) VALUES (:id, :pos, :e164)");
        for (int i = 0; i < lead.phones().size(); i++) {
            phones.bind("id", id).bind("pos", i).bind("e164", lead.phones().get(i)).add();
        }
        if (phones.size() > 0) {
            phones.execute();
        }
        PreparedBatch terms = h.prepareBatch("INSERT INTO lead_search_term (term, lead_id) VALUES (:term, :id)");
        for (String term : SearchText.terms(lead.name(), lead.company(), lead.phones())) {
            terms.bind("term", term).bind("id", id).add();
        }
        if (terms.size() > 0) {
            terms.execute();
        }
    }

    private static List<LeadSummary> withPhones(Handle h, List<LeadSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(r -> r.lead().id()).toList();
        Map<Long, List<String>> phones = new HashMap<>();
        h.createQuery("SELECT lead_id, e164 FROM lead_phone WHERE lead_id IN (<ids>) ORDER BY lead_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("lead_id"), rs.getString("e164")))
                .forEach(e -> phones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new LeadSummary(withPhones(r.lead(), phones.getOrDefault(r.lead().id(), List.of())),
                r.ownerName())).toList();
    }

    private static Lead withPhones(Lead l, List<String> phones) {
        return new Lead(l.id(), l.name(), l.company(), phones, l.email(), l.stage(), l.ownerUserId(), l.lastCallAt(),
                l.nextCallbackAt(), l.notes());
    }
}
