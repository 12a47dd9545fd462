package br.com.jttelecom.console.store;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds the ids of leads whose every typed word prefixes one of their terms.
 *
 * <p>Two plans, chosen per query, because one never fits both kinds of prefix with 100,000 leads:
 * <ul>
 * <li>a <b>narrow</b> prefix ("98765", "gonç") matches few terms: read them all from the term
 *     index (a range scan) and return the first leads by name;</li>
 * <li>a <b>broad</b> prefix ("a", "k") matches thousands: read the term index in its own order
 *     (term, lead) and stop after the page — the leads whose matching word comes first
 *     alphabetically, i.e. the closest matches ("ana" before "anabela"). Sorting thousands of
 *     matches by name on every keystroke is what made a first version take seconds: matches cluster
 *     (every "Karina" sits in the middle of the name order), so no index order helps there.</li>
 * </ul>
 * The most selective word (the longest) drives; the other words are checked per lead.
 */
final class LeadSearch {

    /** Up to this many term hits count as narrow: sorting that many ids by name stays in the low milliseconds. */
    static final int NARROW = 1000;

    private static final String TERM_EXISTS = """
             AND EXISTS (SELECT 1 FROM lead_search_term o WHERE o.lead_id = t.lead_id AND o.term LIKE :w%d ESCAPE '!')""";

    private LeadSearch() {
    }

    /** The page's ids, and how many leads match in all when that is known (-1 for a broad prefix). */
    record Found(List<Long> ids, long total) {
    }

    static Found find(Handle h, List<String> words, int limit, int narrowCap) {
        if (words.isEmpty()) {
            List<Long> page = h.createQuery("SELECT l.id FROM lead l ORDER BY l.sort_name, l.id LIMIT :limit")
                    .bind("limit", limit).mapTo(Long.class).list();
            long total = page.size() < limit ? page.size()
                    : h.createQuery("SELECT COUNT(*) FROM lead").mapTo(Long.class).one();
            return new Found(page, total);
        }
        List<String> byLength = words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        StringBuilder sql = new StringBuilder("SELECT t.lead_id FROM lead_search_term t WHERE t.term LIKE :w0 ESCAPE '!'");
        for (int i = 1; i < byLength.size(); i++) {
            sql.append(TERM_EXISTS.formatted(i));
        }
        // Fetch one page more than needed: a lead found by two of its words appears twice.
        int cap = Math.max(narrowCap, 2 * limit) + 1;
        sql.append(" ORDER BY t.term, t.lead_id LIMIT :cap");
        Query q = h.createQuery(sql.toString()).bind("cap", cap);
        for (int i = 0; i < byLength.size(); i++) {
            q.bind("w" + i, SearchText.prefixPattern(byLength.get(i)));
        }
        List<Long> hits = q.mapTo(Long.class).list();
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(hits));
        if (hits.size() < cap) {
            // Narrow: every match is here; the page is the first ones by name.
            List<Long> page = distinct.isEmpty() ? distinct : h.createQuery(
                            "SELECT l.id FROM lead l WHERE l.id IN (<ids>) ORDER BY l.sort_name, l.id LIMIT :limit")
                    .bindList("ids", distinct).bind("limit", limit).mapTo(Long.class).list();
            return new Found(page, distinct.size());
        }
        return new Found(distinct.subList(0, Math.min(limit, distinct.size())), -1);
    }
}
