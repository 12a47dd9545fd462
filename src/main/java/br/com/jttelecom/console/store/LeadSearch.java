package br.com.jttelecom.console.store;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds the ids of the first leads by name whose every typed word prefixes one of their terms.
 *
 * <p>Two plans, chosen per query, because one never fits both kinds of prefix with 100,000 leads:
 * <ul>
 * <li>a <b>narrow</b> prefix ("98765", "gonç") matches few terms: read them from the term index
 *     (a range scan), then sort those few leads by name;</li>
 * <li>a <b>broad</b> prefix ("a", "ma") matches thousands: walk the leads in name order
 *     ({@code ix_lead_sort_name}) and stop at the first {@code limit} that match — matches are
 *     dense, so that is a short walk, where fetching and sorting them all would not be.</li>
 * </ul>
 * The most selective word (the longest) decides; the other words are checked per lead.
 */
final class LeadSearch {

    /** Up to this many term hits count as narrow: sorting that many ids by name stays under a few ms. */
    static final int NARROW = 3000;

    private static final String TERM_EXISTS = """
             AND EXISTS (SELECT 1 FROM lead_search_term t WHERE t.lead_id = l.id AND t.term LIKE :w%d ESCAPE '!')""";

    private LeadSearch() {
    }

    static List<Long> ids(Handle h, List<String> words, int limit, int narrowCap) {
        if (words.isEmpty()) {
            return h.createQuery("SELECT l.id FROM lead l ORDER BY l.sort_name, l.id LIMIT :limit")
                    .bind("limit", limit).mapTo(Long.class).list();
        }
        List<String> byLength = words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Long> hits = h.createQuery("SELECT t.lead_id FROM lead_search_term t WHERE t.term LIKE :w ESCAPE '!' LIMIT :cap")
                .bind("w", SearchText.prefixPattern(byLength.get(0))).bind("cap", narrowCap + 1)
                .mapTo(Long.class).list();
        if (hits.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT l.id FROM lead l");
        boolean narrow = hits.size() <= narrowCap;
        if (narrow) {
            sql.append(" WHERE l.id IN (<ids>)");
        } else {
            sql.append(isH2(h) ? " USE INDEX (ix_lead_sort_name)" : "").append(" WHERE 1 = 1");
        }
        for (int i = narrow ? 1 : 0; i < byLength.size(); i++) {
            sql.append(TERM_EXISTS.formatted(i));
        }
        sql.append(" ORDER BY l.sort_name, l.id LIMIT :limit");
        Query q = h.createQuery(sql.toString()).bind("limit", limit);
        if (narrow) {
            q.bindList("ids", hits.stream().distinct().toList());
        }
        for (int i = narrow ? 1 : 0; i < byLength.size(); i++) {
            q.bind("w" + i, SearchText.prefixPattern(byLength.get(i)));
        }
        return q.mapTo(Long.class).list();
    }

    private static boolean isH2(Handle h) {
        try {
            return "H2".equalsIgnoreCase(h.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
