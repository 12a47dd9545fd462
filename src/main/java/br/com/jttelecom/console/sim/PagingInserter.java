package br.com.jttelecom.console.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@link HistoryBehaviour#ROWS_INSERTED_WHILE_PAGING}: on every second request of a window with an offset,
 * 1–3 records are written into the window ahead of that offset, as calls that ended late land among
 * earlier ones on a real server. Each copies a record already served (so it passes the same filters)
 * under a slightly earlier start and a new id. A window gets at most {@link #INSERTIONS_PER_WINDOW} such
 * insertions in the simulator's life: a real server writes the calls that end meanwhile, a finite number,
 * so a client that reads a changed window again sees it settle.
 */
final class PagingInserter {

    /** What does not make a different window: paging and credentials. */
    private static final Set<String> NOT_THE_WINDOW = Set.of("pos_registro_inicial", "quantidade", "usuario",
            "token", "autenticacao", "autenticacao_usuario", "autenticacao_token", "acao");
    private static final int MAX_EARLIER_SECONDS = 120;
    static final int INSERTIONS_PER_WINDOW = 2;

    private final SimState state;
    private final Random random;
    private final Map<String, Integer> requestsByWindow = new HashMap<>();
    private final Map<String, Integer> insertionsByWindow = new HashMap<>();

    PagingInserter(SimState state, long seed) {
        this.state = state;
        this.random = new Random(seed ^ 0x9A61E5L);
    }

    /**
     * Called before the page is read.
     *
     * @return how many records were inserted ahead of {@code offset}
     */
    synchronized int beforePage(SimRequest req, long fromSecond, long toSecond, Predicate<CompactRecord> filter,
                                long offset) {
        String key = windowKey(req);
        int nth = requestsByWindow.merge(key, 1, Integer::sum);
        if (offset <= 0 || nth % 2 != 0 || insertionsByWindow.getOrDefault(key, 0) >= INSERTIONS_PER_WINDOW) {
            return 0;
        }
        insertionsByWindow.merge(key, 1, Integer::sum);
        int count = 1 + random.nextInt(3);
        int inserted = 0;
        for (int i = 0; i < count; i++) {
            long position = random.nextLong(offset);
            IndexedHistory.Page at = state.history.query(fromSecond, toSecond, filter, position, 1);
            if (at.records().isEmpty()) {
                continue;
            }
            CompactRecord template = at.records().get(0);
            long start = Math.max(fromSecond, template.startEpochSecond() - 1 - random.nextInt(MAX_EARLIER_SECONDS));
            state.history.add(template.movedTo(start, state.seq.incrementAndGet()));
            inserted++;
        }
        return inserted;
    }

    private static String windowKey(SimRequest req) {
        TreeMap<String, String> key = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = req.params().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!NOT_THE_WINDOW.contains(f.getKey())) {
                key.put(f.getKey(), f.getValue().asText());
            }
        }
        return key.toString();
    }
}
